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

/**
 * The names as a trie over UTF-16 units: node 0 is the root, `kinds[node]` the kind of the name ending there (or -1),
 * and the child of (node, unit) is found in one open-addressing hash table of Int32Arrays, so a scan builds no strings.
 */
class NameTrie {
  readonly kindNames: string[] = [];
  private kinds: number[] = [-1];
  private parents: Int32Array;
  private units: Int32Array;
  private children: Int32Array;
  private mask: number;

  constructor(names: Map<string, string>) {
    const units = [...names.keys()].reduce((sum, name) => sum + name.length, 0);
    const capacity = 2 ** Math.ceil(Math.log2(units + 2));
    [this.parents, this.units, this.children, this.mask] = [new Int32Array(capacity).fill(-1), new Int32Array(capacity), new Int32Array(capacity), capacity - 1];
    for (const [name, kind] of names) this.insert(name, kind);
  }

  private slot(node: number, unit: number): number {
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77);
    for (h &= this.mask; this.parents[h] >= 0 && (this.parents[h] !== node || this.units[h] !== unit); h = (h + 1) & this.mask);
    return h;
  }

  /** The child of `node` by `unit`, or -1. */
  child(node: number, unit: number): number {
    const h = this.slot(node, unit);
    return this.parents[h] < 0 ? -1 : this.children[h];
  }

  /** The kind of the name ending at `node`, or -1 if none does. */
  kind(node: number): number {
    return this.kinds[node];
  }

  private insert(name: string, kind: string): void {
    let node = 0;
    for (let k = 0; k < name.length; k++) {
      const unit = name.charCodeAt(k);
      const h = this.slot(node, unit);
      if (this.parents[h] < 0) [this.parents[h], this.units[h], this.children[h]] = [node, unit, this.kinds.push(-1) - 1];
      node = this.children[h];
    }
    if (!this.kindNames.includes(kind)) this.kindNames.push(kind);
    this.kinds[node] = this.kindNames.indexOf(kind);
  }
}

let trie: NameTrie | undefined;

function loadNames(): Map<string, string> {
  const map = new Map<string, string>();
  const dictText = readFileSync(require.resolve("@node-rs/jieba/dict.txt"), "utf8");
  for (const [, word, tag] of dictText.matchAll(NAME_LINE)) if (word.length >= 2 && word.length <= MAX_LENGTH) map.set(word, tag);
  for (const country of COUNTRIES) map.set(country, "country");
  return map;
}

function buildTrie(): NameTrie {
  const names = loadNames();
  for (const name of divisionNames()) if (name.length >= 2 && name.length <= MAX_LENGTH && !names.has(name)) names.set(name, "division");
  return new NameTrie(names);
}

/** Calls `found(start, end, kind)` for every dictionary name occurring in a text, by start then length. */
export function forEachDictionaryName(text: string, found: (start: number, end: number, kind: string) => void): void {
  trie ??= buildTrie();
  for (let i = 0; i < text.length; i++) {
    let node = 0;
    for (let end = i + 1; end <= Math.min(text.length, i + MAX_LENGTH); end++) {
      node = trie.child(node, text.charCodeAt(end - 1));
      if (node < 0) break;
      const kind = trie.kind(node);
      if (kind >= 0) found(i, end, trie.kindNames[kind]);
    }
  }
}
