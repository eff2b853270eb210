import { ORG_SUFFIXES } from "./lexicon.js";
import type { NerSpan } from "./ner-model.js";
import type { OrganisationMention } from "./types.js";

/** Generic endings dropped to get the short name a company goes by: 成来电气科技有限公司 → 成来电气. */
const GENERIC_ENDING = /(科技)?(股份)?(有限责任公司|有限公司|集团公司|公司|集团)$/;
const JUNK = /^[^\u4e00-\u9fffA-Za-z0-9]|[^\u4e00-\u9fffA-Za-z0-9）)]$/u;

/**
 * Is `short` an abbreviation of `full`: its characters in order, starting with the same one or ending the
 * same way — but not a unit that the longer name belongs to (白城供电公司 is not short for 白城供电公司服务队)?
 */
export function abbreviates(short: string, full: string): boolean {
  if (short.length < 3 || short.length >= full.length) return false;
  if (full.startsWith(short) && ORG_SUFFIXES.some((suffix) => short.endsWith(suffix))) return false;
  if (short[0] !== full[0] && !full.endsWith(short.slice(-2))) return false;
  let at = 0;
  for (const ch of full) if (ch === short[at]) at++;
  return at === short.length;
}

/** Where the short name of a company occurs outside its full name: 成来电气获国家… */
function shortNameMentions(text: string, full: OrganisationMention[]): OrganisationMention[] {
  return full.flatMap((org) => {
    const short = org.name.replace(GENERIC_ENDING, "");
    if (short === org.name || short.length < 3) return [];
    const ending = org.name.slice(short.length);
    return [...text.matchAll(new RegExp(short, "gu"))]
      .filter((m) => !text.startsWith(ending, m.index + short.length) && !full.some((f) => f.start <= m.index && m.index < f.end))
      .map((m) => ({ text: short, start: m.index, end: m.index + short.length, name: short }));
  });
}

/** Organisations, each abbreviation linked to the full name it stands for when that also occurs. */
export function organisationsFrom(text: string, spans: NerSpan[]): OrganisationMention[] {
  const named: OrganisationMention[] = spans
    .filter((s) => s.type === "ORG" && s.end - s.start >= 2 && !JUNK.test(text.slice(s.start, s.end)))
    .map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, name: text.slice(s.start, s.end) }));
  const all = [...named, ...shortNameMentions(text, named)].sort((a, b) => a.start - b.start);
  const names = [...new Set(all.map((o) => o.name))];
  return all.map((org) => {
    const fullName = names.filter((n) => abbreviates(org.name, n)).sort((a, b) => b.length - a.length)[0];
    return fullName ? { ...org, fullName } : org;
  });
}
