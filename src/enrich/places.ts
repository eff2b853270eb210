import { ancestorCodes, divisionPath, divisionsNamed, type Division } from "./divisions.js";
import type { NerSpan } from "./ner-model.js";
import type { DivisionRef, PlaceMention } from "./types.js";

/** Named sites: a short name and a site word (日升社区, 中心广场). */
const SITE = /([\u4e00-\u9fff]{1,5}?(?:社区|广场|公园|小区|街道|景区|湿地|水库|湖|镇|乡|村))/u;
/** Site names too generic to stand alone: they keep the division before them (洮南市中心广场). */
const GENERIC_SITE_NAME = /^(中心|人民|文化|体育|市民|城市|中央|世纪|和平|解放|胜利)/;
const FULL_DIVISION_NAME = /(省|市|县|区|自治州|盟|旗)$/;

function toRef(d: Division): DivisionRef {
  return { code: d.code, path: divisionPath(d) };
}

/** The last characters of FULL_DIVISION_NAME (as UTF-16 units): a string not ending in one cannot match it. */
const FULL_DIVISION_LAST_UNITS = new Set(Array.from("省市县区州盟旗", (ch) => ch.charCodeAt(0)));

/** Full division names written in the text (吉林省, 洮北区), found without the model. */
function divisionNamesInText(text: string): NerSpan[] {
  const spans: NerSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let n = 6; n >= 3; n--) {
      if (!FULL_DIVISION_LAST_UNITS.has(text.charCodeAt(Math.min(i + n, text.length) - 1))) continue;
      const name = text.slice(i, i + n);
      if (FULL_DIVISION_NAME.test(name) && divisionsNamed(name).some((d) => d.name === name)) {
        spans.push({ start: i, end: i + n, type: "LOC" });
        i += n - 1;
        break;
      }
    }
  }
  return spans;
}

/** A site written right after a division: 洮北区日升社区 → 日升社区; 洮南市中心广场 stays whole. */
function sitesAfterDivisions(text: string, divisions: NerSpan[]): PlaceMention[] {
  return divisions.flatMap((d) => {
    const m = SITE.exec(text.slice(d.end, d.end + 8));
    if (!m || m.index !== 0) return [];
    const start = GENERIC_SITE_NAME.test(m[1]) ? d.start : d.end;
    const name = text.slice(start, d.end + m[1].length);
    return [{ text: name, start, end: d.end + m[1].length, name, kind: "site" as const }];
  });
}

/** Does the text name the prefecture or province this division lies in? */
function inContext(division: Division, context: Set<string>): boolean {
  return ancestorCodes(division).slice(1).some((c) => context.has(c));
}

/** Divisions a name may denote here: a county's short name (南湖, 朝阳) only inside a prefecture the text names. */
function plausibleDivisions(name: string, context: Set<string>): Division[] {
  return divisionsNamed(name).filter((d) => d.name === name || d.level !== "county" || inContext(d, context));
}

/**
 * Pick the division a name denotes: the only one, or the one whose province or prefecture the
 * text also names (洮北 with 白城市 around it), or the one written right after its parent
 * (北京市朝阳区). Otherwise the candidates are kept.
 */
function resolve(name: string, context: Set<string>, parentCode?: string): Pick<PlaceMention, "division" | "candidates"> {
  const underParent = divisionsNamed(name).filter((d) => d.parentCode === parentCode);
  if (underParent.length === 1) return { division: toRef(underParent[0]) };
  const candidates = plausibleDivisions(name, context);
  const preferred = candidates.filter((d) => d.name === name).length ? candidates.filter((d) => d.name === name) : candidates;
  if (preferred.length === 1) return { division: toRef(preferred[0]) };
  const near = preferred.filter((d) => inContext(d, context));
  if (near.length === 1) return { division: toRef(near[0]) };
  return { candidates: preferred.map(toRef) };
}

/** Codes named without ambiguity anywhere in the text: the context that decides ambiguous names. */
function unambiguousContext(names: string[]): Set<string> {
  const codes = new Set<string>();
  for (const name of names) {
    const ds = divisionsNamed(name).filter((d) => d.name === name || d.level !== "county");
    if (ds.length === 1) for (const c of ancestorCodes(ds[0])) codes.add(c);
  }
  return codes;
}

function withoutOverlaps(spans: NerSpan[]): NerSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((t) => t.start <= s.start && s.end <= t.end));
}

/** Places: divisions with their GB/T 2260 code (or candidates), and named sites without one. */
export function placesFrom(text: string, spans: NerSpan[]): PlaceMention[] {
  const located = withoutOverlaps([...spans.filter((s) => s.type === "LOC" && s.end - s.start >= 2), ...divisionNamesInText(text)]);
  const names = located.map((s) => text.slice(s.start, s.end));
  const context = unambiguousContext(names);
  const places: PlaceMention[] = [];
  located.forEach((s, i) => {
    const name = names[i];
    const base = { text: name, start: s.start, end: s.end, name };
    const before = places.at(-1);
    const parentCode = before?.end === s.start ? before.division?.code : undefined;
    places.push(plausibleDivisions(name, context).length ? { ...base, kind: "division", ...resolve(name, context, parentCode) } : { ...base, kind: "site" });
  });
  const sites = sitesAfterDivisions(text, located.filter((_, i) => places[i].kind === "division"));
  return withoutNestedSites(uniqueBySpan([...places, ...sites])).sort((a, b) => a.start - b.start);
}

/** 中心广场 inside 洮南市中心广场 is the same site. */
function withoutNestedSites(places: PlaceMention[]): PlaceMention[] {
  const sites = places.filter((p) => p.kind === "site");
  return places.filter((p) => p.kind !== "site" || !sites.some((o) => o !== p && o.start <= p.start && p.end <= o.end));
}

function uniqueBySpan(places: PlaceMention[]): PlaceMention[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.start}:${p.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
