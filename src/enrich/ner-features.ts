import {
  AFTER_PERSON, BODY_WORDS, COMPOUND_SURNAMES, COUNTRIES, ORG_SUFFIXES, PERSON_TITLES, PLACE_ABBREVIATIONS, PLACE_SUFFIXES, SURNAMES, TRANSLITERATION_CHARS,
} from "./lexicon.js";
import { divisionsNamed } from "./divisions.js";
import { dictionaryNames } from "./gazetteer.js";
import type { TaggedToken } from "./segmenter.js";

const LONG_ORG_SUFFIXES = ORG_SUFFIXES.filter((s) => s.length >= 2);
const LONG_ORG_SUFFIX_LAST_CHARS = new Set(LONG_ORG_SUFFIXES.map((s) => s.at(-1)!));
const LONG_ORG_SUFFIX_FIRST_CHARS = new Set(LONG_ORG_SUFFIXES.map((s) => s[0]));
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

const MAX_CACHED_WORDS = 50_000;
const factsOfWord = new Map<string, string[]>();

/** `lexiconFacts`, remembered for the most recent words (the cache is emptied when it fills up). */
function wordFacts(word: string): string[] {
  let facts = factsOfWord.get(word);
  if (!facts) {
    if (factsOfWord.size >= MAX_CACHED_WORDS) factsOfWord.clear();
    factsOfWord.set(word, (facts = lexiconFacts(word)));
  }
  return facts;
}

/** Lexicon facts about a word that hold wherever it stands. */
function lexiconFacts(word: string): string[] {
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

/** For each character, the dictionary names covering it, where it stands in them and how long they are (sparse: only covered characters). */
function dictionaryMatchFeatures(text: string): Array<Set<string> | undefined> {
  const perChar = new Array<Set<string> | undefined>(text.length);
  const add = (i: number, feature: string) => (perChar[i] ??= new Set()).add(feature);
  for (const [start, end, kind] of dictionaryNames(text)) {
    const length = Math.min(end - start, MAX_RUN);
    for (let i = start; i < end; i++) add(i, `dict=${kind}|${positionInWord(i - start, end - start)}`);
    add(start, `dictB=${kind}|${length}`);
    add(end - 1, `dictE=${kind}|${length}`);
  }
  return perChar;
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
function surnameFeatures(text: string, i: number, classAt: (j: number) => string, out: (feature: string) => void): void {
  const compound = COMPOUND_SURNAMES.has(text.slice(i, i + 2));
  if (compound) out("compoundSurnameHere");
  if (compound || SURNAMES.has(text[i])) {
    const given = i + (compound ? 2 : 1);
    out(`surname+1=${text.slice(given, given + 1)}`);
    out(`surnameClass=${classAt(given)}${classAt(given + 1)}`);
  }
  if (SURNAMES.has(text[i - 1] ?? "")) out("afterSurname");
  if (SURNAMES.has(text[i - 2] ?? "")) out("twoAfterSurname");
}

/** Does an organisation or place suffix end at this character (…委员会, …省)? */
function suffixFeatures(text: string, i: number, out: (feature: string) => void): void {
  if (LONG_ORG_SUFFIX_LAST_CHARS.has(text[i])) {
    const upTo = text.slice(Math.max(0, i - 5), i + 1);
    const org = LONG_ORG_SUFFIXES.find((s) => upTo.endsWith(s));
    if (org) out(`orgSuffixEnds|${org.length}`);
  }
  if (LONG_ORG_SUFFIX_FIRST_CHARS.has(text[i + 1] ?? "")) {
    const after = text.slice(i + 1, i + 7);
    const orgAhead = LONG_ORG_SUFFIXES.find((s) => after.startsWith(s));
    if (orgAhead) out(`orgSuffixNext|${orgAhead.length}`);
  }
  if (PLACE_SUFFIXES.has(text[i + 1] ?? "")) out("placeCharNext");
}

/** An abbreviation character in the company that makes it a place: 访美, 对华, 美方, 中、阿, 印巴. */
function abbreviationFeatures(before: string, after: string, pos: string, out: (feature: string) => void): void {
  out(`abbrev|${pos}`);
  out(`abbrevPrev=${before}`);
  out(`abbrevNext=${after}`);
  out(`abbrevPair=${PLACE_ABBREVIATIONS.has(before)}|${PLACE_ABBREVIATIONS.has(after)}|${pos}`);
}

/** Character n-gram features: name, offset of the first character from the current one, length (c-1 = previous character). */
export const NGRAM_TEMPLATES: ReadonlyArray<readonly [name: string, offset: number, length: number]> = [
  ["c0", 0, 1], ["c-1", -1, 1], ["c1", 1, 1], ["c-2", -2, 1], ["c2", 2, 1],
  ["b-1", -1, 2], ["b0", 0, 2], ["b-2", -2, 2], ["b1", 1, 2],
  ["t-1", -1, 3], ["t-2", -2, 3], ["t0", 0, 3],
];
/** Characters of "#" padding on each side, so that every n-gram window lies inside the padded text. */
export const NGRAM_PADDING = 2;

export function paddedText(text: string): string {
  return `##${text}##`;
}

/** The class of every character of a text, and "edge" outside it. */
function classesOf(text: string): (j: number) => string {
  const classes = Array.from({ length: text.length }, (_, j) => charClass(text[j]));
  return (j) => classes[j] ?? "edge";
}

/** Features that depend only on the word a character is in and the character's B/M/E/S position in it. */
function wordFeatures(tokens: TaggedToken[], k: number, pos: string, facts: string[][], orgReach: Array<number | undefined>): string[] {
  const token = tokens[k];
  const prevToken = tokens[k - 1];
  const nextToken = tokens[k + 1];
  const features = [
    `tag=${token.tag}|${pos}`, `ptag=${prevToken?.tag ?? "#"}|${pos}`, `ntag=${nextToken?.tag ?? "#"}|${pos}`,
    `len=${Math.min(token.word.length, 5)}|${token.tag}|${pos}`, `ptag2=${prevToken?.tag ?? "#"}|${token.tag}|${nextToken?.tag ?? "#"}`,
  ];
  if (token.word.length >= 2) features.push(`w=${token.word}|${pos}`);
  if (pos === "B" || pos === "S") features.push(`pw=${prevToken?.word ?? "#"}`);
  if (pos === "E" || pos === "S") features.push(`nw=${nextToken?.word ?? "#"}`);
  if (orgReach[k] !== undefined) features.push(`orgReach=${orgReach[k]}|${pos}`, `orgReachTag=${orgReach[k]}|${token.tag}`);
  for (const fact of facts[k]) features.push(`${fact}|${pos}`);
  for (const fact of facts[k + 1] ?? []) features.push(`next:${fact}|${pos}`);
  for (const fact of facts[k - 1] ?? []) features.push(`prev:${fact}|${pos}`);
  return features;
}

/** Features that depend on the character and its neighbours. */
function characterFeatures(text: string, i: number, token: TaggedToken, pos: string, classAt: (j: number) => string, out: (feature: string) => void): void {
  const here = text[i];
  out("bias");
  out(`cls=${classAt(i - 1)}|${classAt(i)}|${classAt(i + 1)}`);
  surnameFeatures(text, i, classAt, out);
  suffixFeatures(text, i, out);
  if (SURNAMES.has(here)) out(`surname|${pos}|${token.tag}`);
  if (PLACE_ABBREVIATIONS.has(here)) abbreviationFeatures(text[i - 1] ?? "#", text[i + 1] ?? "#", pos, out);
  if (PLACE_SUFFIXES.has(here)) out(`placeChar|${pos}`);
}

/** Turns feature strings into what a consumer scores; `wordContexts` lets it keep the encoded word features of a word in context across texts. */
export interface FeatureEncoder<T> {
  encode: (feature: string) => T;
  wordContexts?: Map<string, T[]>;
}

const MAX_WORD_CONTEXTS = 50_000;

/** Everything `wordFeatures` depends on, as one key: the word and its neighbours with their tags, the position and the organisation reach. */
function wordContextKey(tokens: TaggedToken[], k: number, pos: string, reach: number | undefined): string {
  const [prev, token, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return `${pos}${reach ?? ""}\u0001${prev?.word ?? ""}\u0001${prev?.tag ?? ""}\u0001${token.word}\u0001${token.tag}\u0001${next?.word ?? ""}\u0001${next?.tag ?? ""}`;
}

/** The encoded word features of word `k` at `pos`, from the encoder's memory of word contexts when it has one. */
function encodedWordFeatures<T>(encoder: FeatureEncoder<T>, tokens: TaggedToken[], k: number, pos: string, facts: string[][], orgReach: Array<number | undefined>): T[] {
  const compute = () => wordFeatures(tokens, k, pos, facts, orgReach).map(encoder.encode);
  const memory = encoder.wordContexts;
  if (!memory) return compute();
  const key = wordContextKey(tokens, k, pos, orgReach[k]);
  let encoded = memory.get(key);
  if (!encoded) {
    if (memory.size >= MAX_WORD_CONTEXTS) memory.clear();
    memory.set(key, (encoded = compute()));
  }
  return encoded;
}

/**
 * Calls `emit(i, encoder.encode(feature))` for every context feature of every character (all but the character n-grams).
 * Word-level features are encoded once per word and position.
 */
export function forEachContextFeature<T>(text: string, tokens: TaggedToken[], encoder: FeatureEncoder<T>, emit: (i: number, feature: T) => void): void {
  const { encode } = encoder;
  const owner = tokenAtEachChar(text, tokens);
  const facts = tokens.map((t) => wordFacts(t.word));
  const matches = dictionaryMatchFeatures(text);
  const runs = transliterationRuns(text);
  const orgReach = organisationReach(tokens);
  const classAt = classesOf(text);
  let wordCache: Partial<Record<string, T[]>> = {};
  let i = 0;
  const out = (feature: string) => emit(i, encode(feature));
  for (; i < text.length; i++) {
    const k = owner[i];
    const token = tokens[k];
    const pos = positionInWord(i - token.start, token.word.length);
    if (i === token.start) wordCache = {};
    const encoded = (wordCache[pos] ??= encodedWordFeatures(encoder, tokens, k, pos, facts, orgReach));
    for (const f of encoded) emit(i, f);
    characterFeatures(text, i, token, pos, classAt, out);
    if (runs[i]) out(`translit=${runs[i]}`);
    matches[i]?.forEach(out);
  }
}

/** The features of every character of a text (n-grams and context), for training the sequence labeller. */
export function charFeatures(text: string, tokens: TaggedToken[]): string[][] {
  const padded = paddedText(text);
  const rows = Array.from({ length: text.length }, (_, i) =>
    NGRAM_TEMPLATES.map(([name, offset, length]) => `${name}=${padded.substr(i + NGRAM_PADDING + offset, length)}`),
  );
  forEachContextFeature(text, tokens, { encode: (f) => f }, (i, f) => rows[i].push(f));
  return rows;
}
