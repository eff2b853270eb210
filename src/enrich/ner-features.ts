import {
  AFTER_PERSON, BODY_WORDS, COMPOUND_SURNAMES, COUNTRIES, ORG_SUFFIXES, PERSON_TITLES, PLACE_ABBREVIATIONS, PLACE_SUFFIXES, SURNAMES, TRANSLITERATION_CHARS,
} from "./lexicon.js";
import { divisionsNamed } from "./divisions.js";
import { dictionaryNames } from "./gazetteer.js";
import type { TaggedToken } from "./segmenter.js";

const LONG_ORG_SUFFIXES = ORG_SUFFIXES.filter((s) => s.length >= 2);
const MAX_RUN = 6;
const MAX_ORG_REACH = 4;
const ORG_HEAD_CHARS = new Set(Array.from("部厅局署委办院所会社队团行厂站馆党军报系组班"));
const NOMINAL_TAG = /^(n|j|b|vn|x$)/;

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
  if (PERSON_TITLES.has(word)) facts.push("title");
  if (AFTER_PERSON.has(word)) facts.push("afterPerson");
  if (BODY_WORDS.has(word)) facts.push("body");
  return facts;
}

function endsOrganisation(token: TaggedToken): boolean {
  const { word, tag } = token;
  if (tag === "nt" || BODY_WORDS.has(word) || LONG_ORG_SUFFIXES.some((s) => word.endsWith(s))) return true;
  return ORG_HEAD_CHARS.has(word.at(-1)!) && (word.length >= 2 ? tag.startsWith("n") : true);
}

function isNominal(token: TaggedToken): boolean {
  return NOMINAL_TAG.test(token.tag) && /\p{Script=Han}/u.test(token.word);
}

/** Per token: how many nominal tokens on, an organisation word closes the noun phrase (美国 前 商务部 → 2), if it does soon. */
function organisationReach(tokens: TaggedToken[]): Array<number | undefined> {
  const reach = new Array<number | undefined>(tokens.length);
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (!isNominal(tokens[k])) continue;
    if (endsOrganisation(tokens[k])) reach[k] = 0;
    else if (reach[k + 1] !== undefined && reach[k + 1]! < MAX_ORG_REACH) reach[k] = reach[k + 1]! + 1;
  }
  return reach;
}

/** Tokens indexed by character: the token each character of the text belongs to. */
function tokenAtEachChar(text: string, tokens: TaggedToken[]): number[] {
  const owner = new Array<number>(text.length).fill(0);
  tokens.forEach((t, k) => owner.fill(k, t.start, t.end));
  return owner;
}

/** For each character, the dictionary names covering it, where it stands in them and how long they are. */
function dictionaryMatchFeatures(text: string): string[][] {
  const perChar = Array.from(text, () => new Set<string>());
  for (const [start, end, kind] of dictionaryNames(text)) {
    const length = Math.min(end - start, MAX_RUN);
    for (let i = start; i < end; i++) perChar[i].add(`dict=${kind}|${positionInWord(i - start, end - start)}`);
    perChar[start].add(`dictB=${kind}|${length}`);
    perChar[end - 1].add(`dictE=${kind}|${length}`);
  }
  return perChar.map((set) => [...set]);
}

/** For each character in a run of ≥2 transliteration characters (阿维兰热): its B/M/E position and the run length. */
function transliterationRuns(text: string): string[] {
  const out = new Array<string>(text.length).fill("");
  let i = 0;
  while (i < text.length) {
    let end = i;
    while (end < text.length && TRANSLITERATION_CHARS.has(text[end])) end++;
    if (end - i >= 2) for (let k = i; k < end; k++) out[k] = `${positionInWord(k - i, end - i)}|${Math.min(end - i, MAX_RUN)}`;
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Surname-led guesses at a name starting here: the surname plus the next one or two characters. */
function surnameFeatures(text: string, i: number): string[] {
  const features: string[] = [];
  const compound = COMPOUND_SURNAMES.has(text.slice(i, i + 2));
  if (compound) features.push("compoundSurnameHere");
  if (compound || SURNAMES.has(text[i])) {
    const given = text.slice(i + (compound ? 2 : 1), i + (compound ? 2 : 1) + 2);
    features.push(`surname+1=${given.slice(0, 1)}`, `surnameClass=${charClass(given[0])}${charClass(given[1])}`);
  }
  if (SURNAMES.has(text[i - 1] ?? "")) features.push("afterSurname");
  if (SURNAMES.has(text[i - 2] ?? "")) features.push("twoAfterSurname");
  return features;
}

/** Does an organisation or place suffix end at this character (…委员会, …省)? */
function suffixFeatures(text: string, i: number): string[] {
  const features: string[] = [];
  const upTo = text.slice(Math.max(0, i - 5), i + 1);
  const org = LONG_ORG_SUFFIXES.find((s) => upTo.endsWith(s));
  if (org) features.push(`orgSuffixEnds|${org.length}`);
  const after = text.slice(i + 1, i + 7);
  const orgAhead = LONG_ORG_SUFFIXES.find((s) => after.startsWith(s));
  if (orgAhead) features.push(`orgSuffixNext|${orgAhead.length}`);
  if (PLACE_SUFFIXES.has(text[i + 1] ?? "")) features.push("placeCharNext");
  return features;
}

/** An abbreviation character in the company that makes it a place: 访美, 对华, 美方, 中、阿, 印巴. */
function abbreviationFeatures(c: (d: number) => string, pos: string): string[] {
  const neighbours = `${PLACE_ABBREVIATIONS.has(c(-1))}|${PLACE_ABBREVIATIONS.has(c(1))}`;
  return [`abbrev|${pos}`, `abbrevPrev=${c(-1)}`, `abbrevNext=${c(1)}`, `abbrevPair=${neighbours}|${pos}`];
}

function characterNgrams(c: (d: number) => string): string[] {
  return [
    `c0=${c(0)}`, `c-1=${c(-1)}`, `c1=${c(1)}`, `c-2=${c(-2)}`, `c2=${c(2)}`,
    `b-1=${c(-1)}${c(0)}`, `b0=${c(0)}${c(1)}`, `b-2=${c(-2)}${c(-1)}`, `b1=${c(1)}${c(2)}`,
    `t-1=${c(-1)}${c(0)}${c(1)}`, `t-2=${c(-2)}${c(-1)}${c(0)}`, `t0=${c(0)}${c(1)}${c(2)}`,
  ];
}

/** The features of every character of a text, for the sequence labeller. */
export function charFeatures(text: string, tokens: TaggedToken[]): string[][] {
  const owner = tokenAtEachChar(text, tokens);
  const facts = tokens.map((t) => wordFacts(t.word));
  const matches = dictionaryMatchFeatures(text);
  const runs = transliterationRuns(text);
  const orgReach = organisationReach(tokens);
  return Array.from(text, (_, i) => {
    const c = (d: number) => text[i + d] ?? "#";
    const k = owner[i];
    const token = tokens[k];
    const pos = positionInWord(i - token.start, token.word.length);
    const features = [
      "bias", ...characterNgrams(c),
      `tag=${token.tag}|${pos}`, `ptag=${tokens[k - 1]?.tag ?? "#"}|${pos}`, `ntag=${tokens[k + 1]?.tag ?? "#"}|${pos}`,
      `len=${Math.min(token.word.length, 5)}|${token.tag}|${pos}`,
      `cls=${charClass(text[i - 1])}|${charClass(text[i])}|${charClass(text[i + 1])}`,
      `ptag2=${tokens[k - 1]?.tag ?? "#"}|${token.tag}|${tokens[k + 1]?.tag ?? "#"}`,
      ...surnameFeatures(text, i), ...suffixFeatures(text, i),
    ];
    if (token.word.length >= 2) features.push(`w=${token.word}|${pos}`);
    if (pos === "B" || pos === "S") features.push(`pw=${tokens[k - 1]?.word ?? "#"}`);
    if (pos === "E" || pos === "S") features.push(`nw=${tokens[k + 1]?.word ?? "#"}`);
    if (SURNAMES.has(c(0))) features.push(`surname|${pos}|${token.tag}`);
    if (PLACE_ABBREVIATIONS.has(c(0))) features.push(...abbreviationFeatures(c, pos));
    if (PLACE_SUFFIXES.has(c(0))) features.push(`placeChar|${pos}`);
    if (runs[i]) features.push(`translit=${runs[i]}`);
    if (orgReach[k] !== undefined) features.push(`orgReach=${orgReach[k]}|${pos}`, `orgReachTag=${orgReach[k]}|${token.tag}`);
    features.push(...matches[i]);
    for (const fact of facts[k]) features.push(`${fact}|${pos}`);
    for (const fact of facts[k + 1] ?? []) features.push(`next:${fact}|${pos}`);
    for (const fact of facts[k - 1] ?? []) features.push(`prev:${fact}|${pos}`);
    return features;
  });
}
