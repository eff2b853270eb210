import { CHINESE_NUMERAL_CHARS, parseNumber } from "./numerals.js";
import type { DateMention } from "./types.js";

interface Day {
  year: number;
  month: number;
  day: number;
}

type Resolution = { from: Day; to: Day } | undefined;

interface DateRule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, edition: Day | undefined) => Resolution;
}

const NUM = `(\\d{1,4}|[${CHINESE_NUMERAL_CHARS}]{1,4})`;
const TIME_OF_DAY = "(凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜|午夜|夜里)?";
const SINCE = "(以来)?";

function iso({ year, month, day }: Day): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function parseIsoDate(date: string | undefined): Day | undefined {
  const m = date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function monthRange(year: number, fromMonth: number, toMonth: number): { from: Day; to: Day } {
  return { from: { year, month: fromMonth, day: 1 }, to: { year, month: toMonth, day: lastDayOfMonth(year, toMonth) } };
}

/** 2019年 → the year; 98年 → 1998. */
function fullYear(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number(Array.from(text, (c) => parseNumber(c)).join(""));
  if (text.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

/** A range that runs from its start up to the edition date when the text says 以来 (since). */
function untilEditionIf(since: string | undefined, range: { from: Day; to: Day }, edition: Day | undefined): Resolution {
  if (!since) return range;
  return edition ? { from: range.from, to: edition } : undefined;
}

const PART_OF_YEAR: Record<string, [number, number]> = {
  上半年: [1, 6], 下半年: [7, 12], 一季度: [1, 3], 第一季度: [1, 3], 二季度: [4, 6], 第二季度: [4, 6],
  三季度: [7, 9], 第三季度: [7, 9], 四季度: [10, 12], 第四季度: [10, 12], 年初: [1, 2], 初: [1, 2], 年底: [12, 12], 底: [12, 12], 年末: [12, 12],
};
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1, 本年: 0, 当年: 0 };
const RELATIVE_DAY: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1 };
const PARTS = Object.keys(PART_OF_YEAR).sort((a, b) => b.length - a.length).join("|");

/** Rules, most specific first; a later rule never overlaps text an earlier rule took. */
const RULES: DateRule[] = [
  {
    pattern: new RegExp(`${NUM}年${NUM}月${NUM}[日号]${TIME_OF_DAY}${SINCE}`, "gu"),
    resolve: (m, edition) => {
      const day = { year: fullYear(m[1]), month: parseNumber(m[2]), day: parseNumber(m[3]) };
      return untilEditionIf(m[5], { from: day, to: day }, edition);
    },
  },
  {
    pattern: new RegExp(`${NUM}月${NUM}[日号]${TIME_OF_DAY}${SINCE}`, "gu"),
    resolve: (m, edition) => {
      if (!edition) return undefined;
      const day = { year: edition.year, month: parseNumber(m[1]), day: parseNumber(m[2]) };
      return untilEditionIf(m[4], { from: day, to: day }, edition);
    },
  },
  {
    pattern: new RegExp(`${NUM}年${NUM}月(?:份)?${SINCE}`, "gu"),
    resolve: (m, edition) => {
      const month = parseNumber(m[2]);
      return untilEditionIf(m[3], monthRange(fullYear(m[1]), month, month), edition);
    },
  },
  {
    pattern: /(\d{2})世纪(\d0)年代/gu,
    resolve: (m) => {
      const start = (Number(m[1]) - 1) * 100 + Number(m[2]);
      return { from: { year: start, month: 1, day: 1 }, to: { year: start + 9, month: 12, day: 31 } };
    },
  },
  {
    pattern: new RegExp(`(\\d{4}|[${CHINESE_NUMERAL_CHARS}]{4})年(${PARTS})?${SINCE}(?![代度级])`, "gu"),
    resolve: (m, edition) => {
      const [fromMonth, toMonth] = m[2] ? PART_OF_YEAR[m[2]] : [1, 12];
      return untilEditionIf(m[3], monthRange(fullYear(m[1]), fromMonth, toMonth), edition);
    },
  },
  {
    pattern: new RegExp(`(今年|去年|前年|明年|本年)(${PARTS}|[${CHINESE_NUMERAL_CHARS}]{1,2}月)?${SINCE}`, "gu"),
    resolve: (m, edition) => {
      if (!edition) return undefined;
      const year = edition.year + RELATIVE_YEAR[m[1]];
      const part = m[2] ? (PART_OF_YEAR[m[2]] ?? [parseNumber(m[2].slice(0, -1)), parseNumber(m[2].slice(0, -1))]) : [1, 12];
      return untilEditionIf(m[3], monthRange(year, part[0], part[1]), edition);
    },
  },
  {
    pattern: /(年初|年底|年末)以来/gu,
    resolve: (m, edition) => (edition ? { from: { year: edition.year, month: 1, day: 1 }, to: edition } : undefined),
  },
  {
    pattern: new RegExp(`(今天|今日|昨天|昨日|前天|明天|明日)${TIME_OF_DAY}`, "gu"),
    resolve: (m, edition) => {
      if (!edition) return undefined;
      const day = addDays(edition, RELATIVE_DAY[m[1]]);
      return { from: day, to: day };
    },
  },
  {
    pattern: /近日|日前|近期|最近/gu,
    resolve: (_, edition) => (edition ? { from: addDays(edition, -14), to: edition } : undefined),
  },
  {
    pattern: /(本月|上月|上个月)/gu,
    resolve: (m, edition) => {
      if (!edition) return undefined;
      const month = m[1] === "本月" ? edition.month : edition.month - 1;
      return month >= 1 ? monthRange(edition.year, month, month) : monthRange(edition.year - 1, 12, 12);
    },
  },
  { pattern: /近年来|近几年|多年来|当天|当日|当晚|此前|目前|截至目前/gu, resolve: () => undefined },
];

function overlaps(taken: DateMention[], start: number, end: number): boolean {
  return taken.some((d) => start < d.end && d.start < end);
}

/** Dates and periods, resolved against the edition date (YYYY-MM-DD) where they are relative. */
export function extractDates(text: string, editionDate?: string): DateMention[] {
  const edition = parseIsoDate(editionDate);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(found, start, end)) continue;
      const resolution = rule.resolve(m as RegExpExecArray, edition);
      const timeOfDay = m.slice(1).find((g) => g && new RegExp(`^${TIME_OF_DAY}$`).test(g));
      found.push({
        text: m[0], start, end, resolved: Boolean(resolution),
        ...(resolution ? { from: iso(resolution.from), to: iso(resolution.to) } : {}),
        ...(timeOfDay ? { timeOfDay } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
