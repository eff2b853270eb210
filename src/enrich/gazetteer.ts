import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { divisionNames } from "./divisions.js";
import { COUNTRIES } from "./lexicon.js";

/** jieba dictionary tags that mark names: persons, places, organisations, other proper nouns, abbreviations. */
const NAME_TAGS = ["nr", "nrt", "nrfg", "ns", "nt", "nz", "j"];
/** A line of jieba's dictionary (word, frequency, tag) whose tag marks a name. */
const NAME_LINE = new RegExp(`^(\\S+) \\S+ (${NAME_TAGS.join("|")})\\r?$`, "gm");
const MAX_LENGTH = 8;
const require = createRequire(import.meta.url);

/** The kind of a string that only begins names. */
const PREFIX = "";
/** Every name with its kind, and every proper prefix of a name (mapped to PREFIX), so that scanning can stop early. */
let namesAndPrefixes: Map<string, string> | undefined;

function loadNames(): Map<string, string> {
  const map = new Map<string, string>();
  const dictText = readFileSync(require.resolve("@node-rs/jieba/dict.txt"), "utf8");
  for (const [, word, tag] of dictText.matchAll(NAME_LINE)) if (word.length >= 2 && word.length <= MAX_LENGTH) map.set(word, tag);
  for (const country of COUNTRIES) map.set(country, "country");
  return map;
}

function buildNamesAndPrefixes(): Map<string, string> {
  const map = loadNames();
  for (const name of divisionNames()) if (name.length >= 2 && name.length <= MAX_LENGTH && !map.has(name)) map.set(name, "division");
  for (const name of [...map.keys()]) {
    for (let n = 1; n < name.length; n++) if (!map.has(name.slice(0, n))) map.set(name.slice(0, n), PREFIX);
  }
  return map;
}

/** Every dictionary name occurring in a text, as [start, end, kind], by start then length. */
export function dictionaryNames(text: string): Array<[number, number, string]> {
  namesAndPrefixes ??= buildNamesAndPrefixes();
  const found: Array<[number, number, string]> = [];
  for (let i = 0; i < text.length; i++) {
    for (let end = i + 1; end <= Math.min(text.length, i + MAX_LENGTH); end++) {
      const kind = namesAndPrefixes.get(text.slice(i, end));
      if (kind === undefined) break;
      if (kind !== PREFIX) found.push([i, end, kind]);
    }
  }
  return found;
}
