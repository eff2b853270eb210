import {
  AFTER_PERSON, BODY_WORDS, COMPOUND_SURNAMES, COUNTRIES, GIVEN_NAME_CHARS, ORG_SUFFIXES, PERSON_TITLES, PLACE_ABBREVIATIONS, PLACE_SUFFIXES, SURNAMES, TRANSLITERATION_CHARS,
} from "./lexicon.js";
import { divisionsNamed } from "./divisions.js";
import { forEachDictionaryName } from "./gazetteer.js";
import { FACT_T, FACTS, NEXT_FACT_T, PREV_FACT_T, renderFeature, T, vocabularies, type Vocabularies } from "./ner-templates.js";
import type { TaggedToken } from "./segmenter.js";

const LONG_ORG_SUFFIXES = ORG_SUFFIXES.filter((s) => s.length >= 2);
const MAX_RUN = 6;
const MAX_ORG_REACH = 4;
const ORG_HEAD_CHARS = new Set(Array.from("部厅局署委办院所会社队团行厂站馆党军报系组班"));
const NOMINAL_TAG = /^(n|j|b|vn|x$)/;

/** Flags of UTF-16 units: which one-character lexicon sets hold them. */
const SURNAME = 1;
const COMPOUND_SURNAME_FIRST = 2;
const PLACE_ABBREVIATION = 4;
const PLACE_SUFFIX = 8;
const TRANSLITERATION = 16;
const ORG_SUFFIX_LAST = 32;
const ORG_SUFFIX_FIRST = 64;
const GIVEN_NAME = 128;

const UNIT_FLAGS = (() => {
  const flags = new Uint8Array(0x10000);
  const mark = (chars: Iterable<string>, flag: number) => {
    for (const ch of chars) if (ch.length === 1) flags[ch.charCodeAt(0)] |= flag;
  };
  mark(SURNAMES, SURNAME);
  mark([...COMPOUND_SURNAMES].map((s) => s[0]), COMPOUND_SURNAME_FIRST);
  mark(PLACE_ABBREVIATIONS, PLACE_ABBREVIATION);
  mark(PLACE_SUFFIXES, PLACE_SUFFIX);
  mark(TRANSLITERATION_CHARS, TRANSLITERATION);
  mark(LONG_ORG_SUFFIXES.map((s) => s.at(-1)!), ORG_SUFFIX_LAST);
  mark(LONG_ORG_SUFFIXES.map((s) => s[0]), ORG_SUFFIX_FIRST);
  mark(GIVEN_NAME_CHARS, GIVEN_NAME);
  return flags;
})();

/** Does `text[j]` exist and carry `flag`? */
function unitHas(text: string, j: number, flag: number): boolean {
  return j >= 0 && j < text.length && (UNIT_FLAGS[text.charCodeAt(j)] & flag) !== 0;
}

/** Character classes (ids of the `cls` kind: 0 edge, 1 han, 2 digit, 3 latin, 4 punct) by UTF-16 unit, filled in on first sight. */
const CLASS_OF_UNIT = new Int8Array(0x10000).fill(-1);

function charClass(ch: string): number {
  if (/\p{Script=Han}/u.test(ch)) return 1;
  if (/[0-9０-９]/.test(ch)) return 2;
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(ch)) return 3;
  return 4;
}

/** The class of every character of a text. */
function classesOf(text: string): Int8Array {
  const classes = new Int8Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const unit = text.charCodeAt(j);
    if (CLASS_OF_UNIT[unit] < 0) CLASS_OF_UNIT[unit] = charClass(text[j]);
    classes[j] = CLASS_OF_UNIT[unit];
  }
  return classes;
}

/** B/M/E/S as ids of the `pos` kind (0 B, 1 M, 2 E, 3 S). */
function positionInWord(offset: number, length: number): number {
  if (length === 1) return 3;
  if (offset === 0) return 0;
  return offset === length - 1 ? 2 : 1;
}

const MAX_CACHED_WORDS = 50_000;
const factsOfWord = new Map<string, number[]>();

/** `lexiconFacts`, remembered for the most recent words (the cache is emptied when it fills up). */
function wordFacts(word: string): number[] {
  let facts = factsOfWord.get(word);
  if (!facts) {
    if (factsOfWord.size >= MAX_CACHED_WORDS) factsOfWord.clear();
    factsOfWord.set(word, (facts = lexiconFacts(word).map((f) => FACTS.indexOf(f))));
  }
  return facts;
}

/** Lexicon facts about a word that hold wherever it stands. */
function lexiconFacts(word: string): Array<(typeof FACTS)[number]> {
  const facts: Array<(typeof FACTS)[number]> = [];
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
  const endsInSuffix = unitHas(word, word.length - 1, ORG_SUFFIX_LAST) && LONG_ORG_SUFFIXES.some((s) => word.endsWith(s));
  if (tag === "nt" || BODY_WORDS.has(word) || endsInSuffix) return true;
  return ORG_HEAD_CHARS.has(word.at(-1)!) && (word.length >= 2 ? tag.startsWith("n") : true);
}

function isNominal(token: TaggedToken): boolean {
  return NOMINAL_TAG.test(token.tag) && /\p{Script=Han}/u.test(token.word);
}

/** Per token: how many nominal tokens on, an organisation word closes the noun phrase (美国 前 商务部 → 2), if it does soon (else -1). */
function organisationReach(tokens: TaggedToken[]): Int8Array {
  const reach = new Int8Array(tokens.length + 1).fill(-1);
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (!isNominal(tokens[k])) continue;
    if (endsOrganisation(tokens[k])) reach[k] = 0;
    else if (reach[k + 1] >= 0 && reach[k + 1] < MAX_ORG_REACH) reach[k] = reach[k + 1] + 1;
  }
  return reach;
}

/** Tokens indexed by character: the token each character of the text belongs to. */
function tokenAtEachChar(text: string, tokens: TaggedToken[]): Int32Array {
  const owner = new Int32Array(text.length);
  tokens.forEach((t, k) => owner.fill(k, t.start, t.end));
  return owner;
}

/**
 * A dictionary-match feature (template, kind id, position or length) packed into one number: 8 bits each for the
 * kind (gazetteer kinds are few) and the position or length (≤ MAX_RUN).
 */
function packMatch(t: number, kind: number, value: number): number {
  return (t << 16) | (kind << 8) | value;
}

/** Adds a packed match feature to character `i` unless it is there already. */
function addOnce(perChar: Array<number[] | undefined>, i: number, packed: number): void {
  const features = (perChar[i] ??= []);
  if (!features.includes(packed)) features.push(packed);
}

/**
 * For each character, the dictionary names covering it, where it stands in them and how long they are, packed
 * (sparse: only covered characters). Kinds unknown to a closed vocabulary are left out: no feature has them.
 */
function dictionaryMatchFeatures(text: string, vocab: Vocabularies): Array<number[] | undefined> {
  const perChar = new Array<number[] | undefined>(text.length);
  forEachDictionaryName(text, (start, end, kind) => {
    const k = vocab.kind.id(kind);
    if (k < 0) return;
    const length = Math.min(end - start, MAX_RUN);
    for (let i = start; i < end; i++) addOnce(perChar, i, packMatch(T.dict, k, positionInWord(i - start, end - start)));
    addOnce(perChar, start, packMatch(T.dictB, k, length));
    addOnce(perChar, end - 1, packMatch(T.dictE, k, length));
  });
  return perChar;
}

/** For each character in a run of ≥2 transliteration characters (阿维兰热): its B/M/E position and the run length (-1 elsewhere). */
function transliterationRuns(text: string): { pos: Int8Array; length: Int8Array } {
  const pos = new Int8Array(text.length).fill(-1);
  const length = new Int8Array(text.length);
  let i = 0;
  while (i < text.length) {
    let end = i;
    while (unitHas(text, end, TRANSLITERATION)) end++;
    if (end - i >= 2) {
      for (let k = i; k < end; k++) [pos[k], length[k]] = [positionInWord(k - i, end - i), Math.min(end - i, MAX_RUN)];
    }
    i = Math.max(end, i + 1);
  }
  return { pos, length };
}

/** Receives feature (t, a, b, c) of character i. */
export type FeatureSink = (i: number, t: number, a: number, b: number, c: number) => void;

/** What the features of a text are computed from: its tokens and per-character facts, each computed once per text. */
class TextContext {
  readonly owner: Int32Array;
  readonly words: Int32Array;
  readonly tags: Int32Array;
  readonly facts: number[][];
  readonly reach: Int8Array;
  readonly classes: Int8Array;
  readonly runs: { pos: Int8Array; length: Int8Array };
  readonly matches: Array<number[] | undefined>;
  readonly noWord: number;
  readonly noTag: number;

  constructor(readonly text: string, readonly tokens: TaggedToken[], readonly vocab: Vocabularies) {
    this.owner = tokenAtEachChar(text, tokens);
    this.words = new Int32Array(tokens.length);
    this.tags = new Int32Array(tokens.length);
    this.facts = new Array<number[]>(tokens.length);
    tokens.forEach(({ word, tag }, k) => {
      this.words[k] = vocab.word.id(word);
      this.tags[k] = vocab.tag.id(tag);
      this.facts[k] = wordFacts(word);
    });
    this.reach = organisationReach(tokens);
    this.classes = classesOf(text);
    this.runs = transliterationRuns(text);
    this.matches = dictionaryMatchFeatures(text, vocab);
    this.noWord = vocab.word.id("#");
    this.noTag = vocab.tag.id("#");
  }

  classAt(j: number): number {
    return j >= 0 && j < this.text.length ? this.classes[j] : 0;
  }
}

/** Features that depend only on the word a character is in and the character's B/M/E/S position in it. */
function wordFeatures(cx: TextContext, i: number, k: number, pos: number, out: FeatureSink): void {
  const { tokens, words, tags, facts } = cx;
  const [prevTag, tag, nextTag] = [k > 0 ? tags[k - 1] : cx.noTag, tags[k], k + 1 < tokens.length ? tags[k + 1] : cx.noTag];
  out(i, T.tag, tag, pos, 0);
  out(i, T.ptag, prevTag, pos, 0);
  out(i, T.ntag, nextTag, pos, 0);
  out(i, T.len, Math.min(tokens[k].word.length, 5), tag, pos);
  out(i, T.ptag2, prevTag, tag, nextTag);
  if (tokens[k].word.length >= 2) out(i, T.w, words[k], pos, 0);
  if (pos === 0 || pos === 3) out(i, T.pw, k > 0 ? words[k - 1] : cx.noWord, 0, 0);
  if (pos === 2 || pos === 3) out(i, T.nw, k + 1 < tokens.length ? words[k + 1] : cx.noWord, 0, 0);
  if (cx.reach[k] >= 0) {
    out(i, T.orgReach, cx.reach[k], pos, 0);
    out(i, T.orgReachTag, cx.reach[k], tag, 0);
  }
  for (const f of facts[k]) out(i, FACT_T[f], pos, 0, 0);
  for (const f of facts[k + 1] ?? []) out(i, NEXT_FACT_T[f], pos, 0, 0);
  for (const f of facts[k - 1] ?? []) out(i, PREV_FACT_T[f], pos, 0, 0);
}

/** Surname-led guesses at a name starting here: the surname plus the next one or two characters. */
function surnameFeatures(cx: TextContext, i: number, out: FeatureSink): void {
  const { text } = cx;
  const compound = unitHas(text, i, COMPOUND_SURNAME_FIRST) && COMPOUND_SURNAMES.has(text.slice(i, i + 2));
  if (compound) out(i, T.compoundSurnameHere, 0, 0, 0);
  if (compound || unitHas(text, i, SURNAME)) {
    const given = i + (compound ? 2 : 1);
    out(i, T.surnameNext, cx.vocab.char.unitAt(text, given, ""), 0, 0);
    out(i, T.surnameClass, cx.classAt(given), cx.classAt(given + 1), 0);
    out(i, T.surnameGiven, Number(unitHas(text, given, GIVEN_NAME)), Number(unitHas(text, given + 1, GIVEN_NAME)), 0);
  }
  const afterSurname = unitHas(text, i - 1, SURNAME);
  const twoAfterSurname = unitHas(text, i - 2, SURNAME);
  if (afterSurname) out(i, T.afterSurname, 0, 0, 0);
  if (afterSurname || twoAfterSurname) out(i, T.givenNameChar, Number(unitHas(text, i, GIVEN_NAME)), Number(afterSurname), 0);
  if (twoAfterSurname) out(i, T.twoAfterSurname, 0, 0, 0);
}

/** Does an organisation or place suffix end at this character (…委员会, …省)? */
function suffixFeatures(text: string, i: number, out: FeatureSink): void {
  if (unitHas(text, i, ORG_SUFFIX_LAST)) {
    const upTo = text.slice(Math.max(0, i - 5), i + 1);
    const org = LONG_ORG_SUFFIXES.find((s) => upTo.endsWith(s));
    if (org) out(i, T.orgSuffixEnds, org.length, 0, 0);
  }
  if (unitHas(text, i + 1, ORG_SUFFIX_FIRST)) {
    const after = text.slice(i + 1, i + 7);
    const orgAhead = LONG_ORG_SUFFIXES.find((s) => after.startsWith(s));
    if (orgAhead) out(i, T.orgSuffixNext, orgAhead.length, 0, 0);
  }
  if (unitHas(text, i + 1, PLACE_SUFFIX)) out(i, T.placeCharNext, 0, 0, 0);
}

/** An abbreviation character in the company that makes it a place: 访美, 对华, 美方, 中、阿, 印巴. */
function abbreviationFeatures(cx: TextContext, i: number, pos: number, out: FeatureSink): void {
  const { text, vocab } = cx;
  out(i, T.abbrev, pos, 0, 0);
  out(i, T.abbrevPrev, vocab.char.unitAt(text, i - 1, "#"), 0, 0);
  out(i, T.abbrevNext, vocab.char.unitAt(text, i + 1, "#"), 0, 0);
  out(i, T.abbrevPair, Number(unitHas(text, i - 1, PLACE_ABBREVIATION)), Number(unitHas(text, i + 1, PLACE_ABBREVIATION)), pos);
}

/** Features that depend on the character and its neighbours. */
function characterFeatures(cx: TextContext, i: number, tag: number, pos: number, out: FeatureSink): void {
  const { text } = cx;
  out(i, T.bias, 0, 0, 0);
  out(i, T.cls, cx.classAt(i - 1), cx.classAt(i), cx.classAt(i + 1));
  surnameFeatures(cx, i, out);
  suffixFeatures(text, i, out);
  if (unitHas(text, i, SURNAME)) out(i, T.surname, pos, tag, 0);
  if (unitHas(text, i, PLACE_ABBREVIATION)) abbreviationFeatures(cx, i, pos, out);
  if (unitHas(text, i, PLACE_SUFFIX)) out(i, T.placeChar, pos, 0, 0);
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

/** Calls `out(i, t, a, b, c)` for every context feature of every character (all but the character n-grams), with value ids of `vocab`. */
export function forEachContextFeature(text: string, tokens: TaggedToken[], vocab: Vocabularies, out: FeatureSink): void {
  const cx = new TextContext(text, tokens, vocab);
  for (let i = 0; i < text.length; i++) {
    const k = cx.owner[i];
    const pos = positionInWord(i - tokens[k].start, tokens[k].word.length);
    wordFeatures(cx, i, k, pos, out);
    characterFeatures(cx, i, cx.tags[k], pos, out);
    if (cx.runs.pos[i] >= 0) out(i, T.translit, cx.runs.pos[i], cx.runs.length[i], 0);
    for (const packed of cx.matches[i] ?? []) out(i, packed >> 16, (packed >> 8) & 0xff, packed & 0xff, 0);
  }
}

/** Vocabularies of the training features; they grow with every text. */
const trainingVocab = vocabularies(true);

/** The features of every character of a text (n-grams and context), for training the sequence labeller. */
export function charFeatures(text: string, tokens: TaggedToken[]): string[][] {
  const padded = paddedText(text);
  const rows = Array.from({ length: text.length }, (_, i) =>
    NGRAM_TEMPLATES.map(([name, offset, length]) => `${name}=${padded.substr(i + NGRAM_PADDING + offset, length)}`),
  );
  forEachContextFeature(text, tokens, trainingVocab, (i, t, a, b, c) => rows[i].push(renderFeature(trainingVocab, t, a, b, c)));
  return rows;
}
