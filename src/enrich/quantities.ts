import { CHINESE_NUMERAL_CHARS, parseNumber } from "./numerals.js";
import type { TaggedToken } from "./segmenter.js";
import type { QuantityMention } from "./types.js";

/** Counting units, longest first so that 人次 wins over 人. Years, months and days are dates, not quantities. */
const UNITS = [
  "平方公里", "平方米", "立方米", "千瓦时", "人次", "台次", "场次", "车次", "架次", "户次", "公里", "千米", "厘米", "毫米", "公顷", "公斤", "千克",
  "千瓦", "兆瓦", "小时", "分钟", "元", "人", "名", "位", "户", "家", "起", "次", "个", "台", "辆", "米", "亩", "吨", "克", "岁", "天", "批", "场",
  "篇", "项", "件", "处", "张", "座", "条", "只", "头", "届", "期", "倍", "%", "％", "度", "支", "株", "棵", "套", "份", "本", "部", "所", "间", "栋",
  "趟", "周", "轮", "种", "类", "块", "箱", "袋", "斤", "秒",
];
const UNIT_PATTERN = UNITS.join("|");
const NUMBER = `\\d[\\d,，]*(?:\\.\\d+)?|[０-９]+|[${CHINESE_NUMERAL_CHARS}]+`;
const QUANTITY = new RegExp(
  `(近|约|超过|超|逾|大约|将近)?(第)?(${NUMBER})(余|多)?([万亿千百])?(余|多)?(${UNIT_PATTERN})(左右|以上)?`,
  "gu",
);
const MAGNITUDE: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
/** Common words that look like a Chinese numeral and a unit. */
const NOT_QUANTITIES = new Set(["一起", "一次性", "一度", "一部分", "一所", "一家", "一批", "一处", "一头", "一种", "一类", "一张", "一件", "一条", "一本", "一间", "一份", "一套", "一周", "一期"]);
/** Tags of words that can name what a number counts. */
const NOUN_TAGS = /^(n|nz|vn|nt|j|an|ng)$/;
/** Leading words that say "in total" or "now" rather than what is counted. */
const COUNT_PREFIX = /^(累计|共计|共|总计|合计|现有|达到|达|为|有|各类|各项|其中)/;

function isChineseNumeral(text: string): boolean {
  return new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`, "u").test(text);
}

/** A number that closes its clause (受益群众2000余人。) says what it counts right before it. */
const CLAUSE_END = /^($|[，。；、,;！？!?）)]|和|及|等)/u;

/** How many tokens (in text order) end at or before `offset`. */
function tokensEndingBy(tokens: TaggedToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The noun phrase right before the number: 涉案金额7000余万元 → 涉案金额. */
function countedThing(tokens: TaggedToken[], numberStart: number): string | undefined {
  const run: TaggedToken[] = [];
  for (let k = tokensEndingBy(tokens, numberStart) - 1; k >= 0 && run.length < 3; k--) {
    const t = tokens[k];
    if (t.end !== (run[0]?.start ?? numberStart)) break;
    if (NOUN_TAGS.test(t.tag) || (run.length === 1 && /^(v|a|b)$/.test(t.tag))) run.unshift(t);
    else break;
  }
  const phrase = run.map((t) => t.word).join("").replace(COUNT_PREFIX, "");
  return phrase.length >= 2 ? phrase : undefined;
}

/** Numbers with units: 7000余万元, 132人, 第四批, 十二次. */
export function extractQuantities(text: string, tokens: TaggedToken[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, approxBefore, ordinal, digits, approx1, magnitude, approx2, unit, approxAfter] = m;
    const start = m.index;
    const numberText = digits + (magnitude ?? "");
    if (isChineseNumeral(digits) && !ordinal && NOT_QUANTITIES.has(digits + unit)) continue;
    const value = isChineseNumeral(numberText) ? parseNumber(numberText) : parseNumber(digits) * (magnitude ? MAGNITUDE[magnitude] : 1);
    if (!Number.isFinite(value)) continue;
    const numberStart = start + (approxBefore?.length ?? 0);
    const closesClause = CLAUSE_END.test(text.slice(start + whole.length, start + whole.length + 1));
    const counts = ordinal || !closesClause ? undefined : countedThing(tokens, numberStart);
    found.push({
      text: whole, start, end: start + whole.length, value, unit,
      approx: Boolean(approxBefore || approx1 || approx2 || approxAfter),
      ...(ordinal ? { ordinal: true } : {}),
      ...(counts ? { counts } : {}),
    });
  }
  return found;
}
