import { createRequire } from "node:module";
import type { Jieba as JiebaType } from "@node-rs/jieba";

/** One segmenter word with its part-of-speech tag and offsets into the text it came from. */
export interface TaggedToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

const require = createRequire(import.meta.url);
let jieba: JiebaType | undefined;

function segmenter(): JiebaType {
  if (!jieba) {
    const { Jieba } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/** Segment and POS-tag a text with jieba (HMM on), keeping each word's offsets. */
export function tagText(text: string): TaggedToken[] {
  const tokens: TaggedToken[] = [];
  let at = 0;
  for (const { word, tag } of segmenter().tag(text, true)) {
    tokens.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return tokens;
}
