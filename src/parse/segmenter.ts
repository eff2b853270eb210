import { readFileSync } from "node:fs";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let shared: Jieba | null = null;

/** The shared jieba instance: the default dictionary plus banmian's newspaper words. */
export function segmenter(): Jieba {
  if (shared) return shared;
  shared = Jieba.withDict(dict);
  shared.loadDict(readFileSync(new URL("../../dict/newspaper.dict.txt", import.meta.url)));
  return shared;
}

/** Dictionary words only (no HMM guesses), so a word across a cut is real evidence. */
export function dictionaryWords(text: string): string[] {
  return segmenter().cut(text, false);
}
