import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { divisionsNamed } from "./divisions.js";
import { COUNTRIES } from "./lexicon.js";

/** jieba dictionary tags that mark names: persons, places, organisations, other proper nouns, abbreviations. */
const NAME_TAGS = new Set(["nr", "nrt", "nrfg", "ns", "nt", "nz", "j"]);
const MAX_LENGTH = 8;
const require = createRequire(import.meta.url);
let names: Map<string, string> | undefined;

function loadNames(): Map<string, string> {
  const map = new Map<string, string>();
  const dictText = readFileSync(require.resolve("@node-rs/jieba/dict.txt"), "utf8");
  for (const line of dictText.split("\n")) {
    const [word, , tag] = line.split(" ");
    if (tag && NAME_TAGS.has(tag) && word.length >= 2 && word.length <= MAX_LENGTH) map.set(word, tag);
  }
  for (const country of COUNTRIES) map.set(country, "country");
  return map;
}

/** What kind of name a string is in the segmenter's dictionary or the division data, if any. */
export function nameKind(word: string): string | undefined {
  names ??= loadNames();
  return names.get(word) ?? (divisionsNamed(word).length > 0 ? "division" : undefined);
}

/** Every dictionary name occurring in a text, as [start, end, kind]. */
export function dictionaryNames(text: string): Array<[number, number, string]> {
  const found: Array<[number, number, string]> = [];
  for (let i = 0; i < text.length; i++) {
    for (let n = 2; n <= MAX_LENGTH && i + n <= text.length; n++) {
      const kind = nameKind(text.slice(i, i + n));
      if (kind) found.push([i, i + n, kind]);
    }
  }
  return found;
}
