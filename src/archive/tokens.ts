import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";
import { BanmianError } from "../model/errors.js";
import { foldForSearch } from "./text.js";

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
    jieba = JiebaClass.withDict(dict);
  }
  return jieba;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** jieba search-mode words of a text (folded), without punctuation and spaces. */
export function searchWords(text: string): string[] {
  if (text === "") return [];
  return segmenter()
    .cutForSearch(foldForSearch(text), true)
    .filter((word) => WORDLIKE.test(word));
}

/** The text an FTS5 column is fed with: search-mode words joined by spaces. */
export function indexText(text: string): string {
  return searchWords(text).join(" ");
}

export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 32;

export interface ParsedQuery {
  /** Words that must all occur. */
  words: string[];
  /** Phrases ("…" in the query), each a sequence of words that must occur in order. */
  phrases: string[][];
  /** The strings to mark in snippets: words and whole phrases, folded. */
  highlights: string[];
}

const PHRASE = /"([^"]*)"|“([^”]*)”/g;

/** Split a user's query into words and quoted phrases, segmented like the index. */
export function parseQuery(query: string): ParsedQuery {
  if (query.length > MAX_QUERY_CHARS) {
    throw new BanmianError(`query is too long (${query.length} characters; at most ${MAX_QUERY_CHARS})`);
  }
  const phrases: string[][] = [];
  const highlights = new Set<string>();
  const loose = query.replace(PHRASE, (_match, ascii: string | undefined, cjk: string | undefined) => {
    const phraseText = ascii ?? cjk ?? "";
    const words = searchWords(phraseText);
    if (words.length > 0) {
      phrases.push(words);
      highlights.add(foldForSearch(phraseText).trim());
    }
    return " ";
  });
  const words = [...new Set(searchWords(loose))];
  words.forEach((word) => highlights.add(word));
  foldForSearch(loose).split(/\s+/).filter((chunk) => chunk.length > 1).forEach((chunk) => highlights.add(chunk));
  const count = words.length + phrases.reduce((sum, phrase) => sum + phrase.length, 0);
  if (count === 0) throw new BanmianError("the query has no words to search for");
  if (count > MAX_QUERY_WORDS) throw new BanmianError(`the query has too many words (${count}; at most ${MAX_QUERY_WORDS})`);
  return { words, phrases, highlights: [...highlights] };
}

/** Every word is quoted, so nothing the user typed is read as FTS5 syntax. */
function quoteWord(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** An FTS5 MATCH expression: all words and phrases ANDed. */
export function matchExpression(parsed: ParsedQuery): string {
  const terms = [
    ...parsed.words.map(quoteWord),
    ...parsed.phrases.map((phrase) => phrase.map(quoteWord).join(" + ")),
  ];
  return terms.join(" AND ");
}
