const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千";

/** 十二 → 12, 二十 → 20, 一百零五 → 105, 三千五百万 → 35000000; NaN when not a numeral. */
export function parseChineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = undefined;
    } else if (ch in LARGE_UNITS) {
      total += (section + (digit ?? 0)) * LARGE_UNITS[ch];
      section = 0;
      digit = undefined;
    } else return Number.NaN;
  }
  return total + section + (digit ?? 0);
}

/** A number written in Arabic digits (with , separators, full-width digits) or Chinese numerals. */
export function parseNumber(text: string): number {
  const ascii = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "");
  return /^\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : parseChineseNumeral(text);
}
