import { COMPOUND_SURNAMES, COUNTRIES, ORG_SUFFIXES, PLACE_ABBREVIATIONS, PLACE_SUFFIXES, SURNAMES } from "./lexicon.js";
import { divisionsNamed } from "./divisions.js";
import { dictionaryNames } from "./gazetteer.js";
import type { TaggedToken } from "./segmenter.js";

const LONG_ORG_SUFFIXES = ORG_SUFFIXES.filter((s) => s.length >= 2);

function charClass(ch: string | undefined): string {
  if (ch === undefined) return "edge";
  if (/\p{Script=Han}/u.test(ch)) return "han";
  if (/[0-9０-９]/.test(ch)) return "digit";
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(ch)) return "latin";
  return "punct";
}

function positionInWord(offset: number, length: number): string {
  if (length === 1) return "S";
  if (offset === 0) return "B";
  return offset === length - 1 ? "E" : "M";
}

/** Lexicon facts about a word that hold wherever it stands. */
function wordFacts(word: string): string[] {
  const facts: string[] = [];
  if (word.length >= 2 && divisionsNamed(word).length > 0) facts.push("division");
  if (COUNTRIES.has(word)) facts.push("country");
  if (word.length >= 2 && PLACE_SUFFIXES.has(word.at(-1)!)) facts.push("placeSuffix");
  if (LONG_ORG_SUFFIXES.some((s) => word.length > s.length && word.endsWith(s))) facts.push("orgSuffix");
  if (COMPOUND_SURNAMES.has(word.slice(0, 2))) facts.push("compoundSurname");
  if (word.length >= 2 && word.length <= 3 && SURNAMES.has(word[0])) facts.push("surnameWord");
  if (word.length >= 2 && Array.from(word).every((c) => PLACE_ABBREVIATIONS.has(c))) facts.push("abbrevRun");
  return facts;
}

/** Tokens indexed by character: the token each character of the text belongs to. */
function tokenAtEachChar(text: string, tokens: TaggedToken[]): number[] {
  const owner = new Array<number>(text.length).fill(0);
  tokens.forEach((t, k) => owner.fill(k, t.start, t.end));
  return owner;
}

/** For each character, the dictionary names covering it and where it stands in them. */
function dictionaryMatchFeatures(text: string): string[][] {
  const perChar = Array.from(text, () => new Set<string>());
  for (const [start, end, kind] of dictionaryNames(text)) {
    for (let i = start; i < end; i++) perChar[i].add(`dict=${kind}|${positionInWord(i - start, end - start)}`);
  }
  return perChar.map((set) => [...set]);
}

/** The features of every character of a text, for the sequence labeller. */
export function charFeatures(text: string, tokens: TaggedToken[]): string[][] {
  const owner = tokenAtEachChar(text, tokens);
  const facts = tokens.map((t) => wordFacts(t.word));
  const matches = dictionaryMatchFeatures(text);
  return Array.from(text, (_, i) => {
    const c = (d: number) => text[i + d] ?? "#";
    const k = owner[i];
    const token = tokens[k];
    const pos = positionInWord(i - token.start, token.word.length);
    const features = [
      "bias", `c0=${c(0)}`, `c-1=${c(-1)}`, `c1=${c(1)}`, `c-2=${c(-2)}`, `c2=${c(2)}`,
      `b-1=${c(-1)}${c(0)}`, `b0=${c(0)}${c(1)}`, `b-2=${c(-2)}${c(-1)}`, `b1=${c(1)}${c(2)}`,
      `tag=${token.tag}|${pos}`, `ptag=${tokens[k - 1]?.tag ?? "#"}|${pos}`, `ntag=${tokens[k + 1]?.tag ?? "#"}|${pos}`,
      `len=${Math.min(token.word.length, 5)}|${token.tag}|${pos}`, `cls=${charClass(text[i])}|${charClass(text[i + 1])}`,
      `ptag2=${tokens[k - 1]?.tag ?? "#"}|${token.tag}|${tokens[k + 1]?.tag ?? "#"}`,
    ];
    if (token.word.length >= 2) features.push(`w=${token.word}|${pos}`);
    if (pos === "B" || pos === "S") features.push(`pw=${tokens[k - 1]?.word ?? "#"}`);
    if (pos === "E" || pos === "S") features.push(`nw=${tokens[k + 1]?.word ?? "#"}`);
    if (SURNAMES.has(c(0))) features.push(`surname|${pos}`);
    if (PLACE_ABBREVIATIONS.has(c(0))) features.push(`abbrev|${pos}`);
    if (PLACE_SUFFIXES.has(c(0))) features.push(`placeChar|${pos}`);
    features.push(...matches[i]);
    for (const fact of facts[k]) features.push(`${fact}|${pos}`);
    for (const fact of facts[k + 1] ?? []) features.push(`next:${fact}|${pos}`);
    for (const fact of facts[k - 1] ?? []) features.push(`prev:${fact}|${pos}`);
    return features;
  });
}
