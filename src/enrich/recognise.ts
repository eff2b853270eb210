import { divisionsNamed } from "./divisions.js";
import { AFTER_PERSON, BODY_WORDS, COUNTRIES, GENERIC_BODY_WORDS, KNOWN_ORGANISATIONS, ORG_SUFFIXES, PERSON_TITLES, SURNAMES, WORLD_CITIES } from "./lexicon.js";
import { recogniseNames, shippedModel, type NerModel, type NerSpan } from "./ner-model.js";
import { tagText, type TaggedToken } from "./segmenter.js";

const INSTITUTION_SUFFIXES = ORG_SUFFIXES.filter((s) => s.length >= 2);
const COMPANY_END = /(公司|集团|厂)$/;
const CLAUSE_BREAK = /[\s，,。；;：:、！？!?“”"‘’'《》()（）「」]/;
/** A name that follows another in a credit or list: (记者张磊 尹雪). */
const LISTED_NAME = /^[ 、]([\u4e00-\u9fff]{2,3})(?=[)）\s、]|$)/u;

function isCountyOrCity(name: string): boolean {
  return /[市县区]$/.test(name) && divisionsNamed(name).length > 0;
}

/** A place named after a city and ending in 馆 or 局 is an institution: 白城市博物馆. */
function retypeInstitutionPlace(text: string, span: NerSpan): NerSpan {
  const name = text.slice(span.start, span.end);
  const startsWithCity = [3, 4, 5].some((n) => isCountyOrCity(name.slice(0, n)));
  return span.type === "LOC" && startsWithCity && /(馆|局)$/.test(name) ? { ...span, type: "ORG" } : span;
}

/** Is `span` an organisation or (after a city or county) an institution word: 外交部, 美术馆? */
function isInstitutionAfter(text: string, place: NerSpan, span: NerSpan): boolean {
  if (span.type === "ORG") return true;
  const piece = text.slice(span.start, span.end);
  return isCountyOrCity(text.slice(place.start, place.end)) && INSTITUTION_SUFFIXES.some((s) => piece.endsWith(s));
}

/** Does `span`, right after `prev`, join it into one organisation: a place and an institution, or two organisations? */
function joinsAsOrganisation(text: string, prev: NerSpan, span: NerSpan): boolean {
  if (prev.type === "ORG") return span.type === "ORG";
  return prev.type === "LOC" && isInstitutionAfter(text, prev, span);
}

/**
 * Side-by-side names that make one organisation are merged: 白城市 + 美术馆, 印度 + 外交部, and an organisation with a
 * part of it, 市委 + 统战部 (a merged name joins the one before it too).
 */
function mergeIntoOrganisations(text: string, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    let merged = span;
    for (let prev = out.at(-1); prev?.end === merged.start && joinsAsOrganisation(text, prev, merged); prev = out.at(-1)) {
      out.pop();
      merged = { start: prev.start, end: merged.end, type: "ORG" };
    }
    out.push(merged);
  }
  return out;
}

/** Parts of speech of words that cannot open a name: prepositions, conjunctions, adverbs, pronouns, verbs (从, 与, 将, 该, 调派). */
const FUNCTION_WORD_TAG = /^(p|c|d|r|v|u)$/;

/**
 * A company name reaches back to the start of its clause when that is at most two characters away and
 * no word in between is a function word: 国网 + 白城供电公司, but not 从 + 北洲地铁集团.
 */
function extendCompanyToClauseStart(text: string, tokens: TaggedToken[], span: NerSpan): NerSpan {
  if (span.type !== "ORG" || !COMPANY_END.test(text.slice(span.start, span.end))) return span;
  let start = span.start;
  while (start > 0 && span.start - start < 2 && !CLAUSE_BREAK.test(text[start - 1])) start--;
  if (start > 0 && !CLAUSE_BREAK.test(text[start - 1])) return span;
  const opensWithFunctionWord = tokens.some((t) => t.start < span.start && t.end > start && FUNCTION_WORD_TAG.test(t.tag));
  return opensWithFunctionWord ? span : { ...span, start };
}

/** A surname with a title or form of address names the person by the surname alone: 李老师 → 李, 王某 → 王, 吕老 → 吕. */
function trimTitleFromSurname(text: string, span: NerSpan): NerSpan {
  const rest = text.slice(span.start + 1, span.end);
  const addressed = PERSON_TITLES.has(rest) || ADDRESS_FORMS.has(rest) || /^[老某家]$/.test(rest) || /^老\p{Script=Han}$/u.test(rest);
  return span.type === "PER" && SURNAMES.has(text[span.start]) && addressed ? { ...span, end: span.start + 1 } : span;
}

/** A "person" ending in a division word (莱克伍德县, 丘布特省) is a place. */
function retypeDivisionWordPerson(text: string, span: NerSpan): NerSpan {
  return span.type === "PER" && span.end - span.start >= 3 && /[省市县州]$/.test(text.slice(span.start, span.end)) ? { ...span, type: "LOC" } : span;
}

/** A "person" that is a division name (镇赉) is a place. */
function retypeDivisionPerson(text: string, span: NerSpan): NerSpan {
  return span.type === "PER" && divisionsNamed(text.slice(span.start, span.end)).length > 0 ? { ...span, type: "LOC" } : span;
}

/** Names listed after a recognised person, separated by a space or 、, are persons too. */
function addListedPeople(text: string, spans: NerSpan[]): NerSpan[] {
  const added: NerSpan[] = [];
  let last: NerSpan | undefined;
  for (const span of spans) {
    added.push(span);
    last = span.type === "PER" ? span : undefined;
    while (last) {
      const m = LISTED_NAME.exec(text.slice(last.end));
      const start = last.end + 1;
      const taken = m && spans.some((s) => s.start < start + m[1].length && start < s.end);
      last = m && !taken && SURNAMES.has(m[1][0]) ? { start, end: start + m[1].length, type: "PER" } : undefined;
      if (last) added.push(last);
    }
  }
  return added.sort((a, b) => a.start - b.start);
}

/** Forms of address after a surname (李大娘, 唐知县), besides titles. */
const ADDRESS_FORMS = new Set(["大娘", "大爷", "大妈", "大伯", "大叔", "大哥", "大姐", "大嫂", "阿姨", "师傅", "老汉", "奶奶", "爷爷", "婆婆", "知县", "知府", "老板"]);

const OPENING = "《“「‘（(";
const CLOSING = "》”」’）)";
/** Publications named in book-title marks, which the corpus counts as organisations: 《朝日新闻》, 《经济周刊》. */
const PRESS_TITLE = /《([^》《\s的]{1,10}(?:报|新闻|周刊|杂志|月刊|画报|通讯))》/gu;
const HAN_WORD = /^\p{Script=Han}+$/u;
/** Characters that head an organisation word in the organisation's own name: 文化厅, 地质所, 男队, 药厂. */
const ORGANISATION_HEADS = new Set(Array.from("部厅局署委所社队团厂馆党军院会联协"));
/** Words ending in 部 that name a part or a cadre, not a ministry: 东部, 全部, 干部. */
const NOT_A_MINISTRY = /[东西南北中内外全大局干总]部$/;
/** A ministry or bureau word with the head of it run in, as jieba writes them: 内政部长, 石油部长. */
const HEAD_OF_ORGANISATION = /[部厅局署]长$/;
const MAX_PLACE_TO_ORGANISATION_TOKENS = 4;
/** Single-character words jieba leaves after a two-character name that are its third character: 汪明 + 新, 赵国 + 钧. */
const STRAY_NAME_CHARACTER_TAG = /^(a|q|ng|tg)$/;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Is the quotation or title mark at `at` matched by its partner within start..end? */
function isPaired(text: string, start: number, end: number, at: number): boolean {
  const opening = OPENING.indexOf(text[at]);
  const partner = opening >= 0 ? CLOSING[opening] : OPENING[CLOSING.indexOf(text[at])];
  return text.slice(start, end).includes(partner);
}

/** Quotation or title marks and list bullets are never part of a name unless both marks are: “壳公司 → 壳公司. */
function trimUnbalancedMarks(text: string, span: NerSpan): NerSpan {
  let { start, end } = span;
  while (end - start > 1 && OPENING.includes(text[start]) && !isPaired(text, start, end, start)) start++;
  while (end - start > 1 && CLOSING.includes(text[end - 1]) && !isPaired(text, start, end, end - 1)) end--;
  while (end - start > 1 && /[▲●■◆★☆△○◎]/u.test(text[start])) start++;
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

/** A publication in title marks is one organisation, whatever the model made of its name. */
function addPressTitles(text: string, spans: NerSpan[]): NerSpan[] {
  const titles: NerSpan[] = [...text.matchAll(PRESS_TITLE)].map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1].length, type: "ORG" }));
  if (titles.length === 0) return spans;
  return [...spans.filter((s) => !titles.some((t) => overlaps(s, t))), ...titles].sort((a, b) => a.start - b.start);
}

/** Tokens indexed by their start offset. */
function tokensByStart(tokens: TaggedToken[]): Map<number, TaggedToken> {
  return new Map(tokens.map((t) => [t.start, t]));
}

/**
 * A person the model cut short where jieba's words do: a surname alone before a two-character noun that is no title
 * (吴 + 方军, 曹 + 火星), or a two-character name before a stray single character (汪明 + 新).
 */
function completeGivenName(text: string, spans: NerSpan[], byStart: Map<number, TaggedToken>): NerSpan[] {
  return spans.map((span) => {
    const next = byStart.get(span.end);
    if (span.type !== "PER" || !SURNAMES.has(text[span.start]) || !next || !HAN_WORD.test(next.word)) return span;
    if (spans.some((other) => overlaps(other, next))) return span;
    const length = span.end - span.start;
    const givenNameWord = length === 1 && next.word.length === 2 && next.tag.startsWith("n") && !PERSON_TITLES.has(next.word) && !ADDRESS_FORMS.has(next.word) && !AFTER_PERSON.has(next.word);
    const strayCharacter = length === 2 && next.word.length === 1 && STRAY_NAME_CHARACTER_TAG.test(next.tag);
    return givenNameWord || strayCharacter ? { ...span, end: next.end } : span;
  });
}

/** Where an organisation named up to this word ends: after it (文化厅, 妇联), before its last character (内政部 + 长), or -1. */
function organisationEndIn(token: TaggedToken): number {
  const { word, tag } = token;
  if (word.length < 2 || GENERIC_BODY_WORDS.has(word) || NOT_A_MINISTRY.test(word)) return -1;
  if (word.length >= 3 && HEAD_OF_ORGANISATION.test(word)) return token.end - 1;
  if (BODY_WORDS.has(word) || INSTITUTION_SUFFIXES.some((s) => word.endsWith(s))) return token.end;
  return ORGANISATION_HEADS.has(word.at(-1)!) && /^(n|j)/.test(tag) ? token.end : -1;
}

/**
 * A place followed by up to four nouns the last of which is an organisation word is that organisation:
 * 日本 + 文化厅, 秦皇岛市 + 土地局, 天津市 + 妇联, 法国 + 内政部(长) — but not 菲律宾 + 政府 (`GENERIC_BODY_WORDS`).
 */
function extendPlaceToOrganisation(text: string, spans: NerSpan[], byStart: Map<number, TaggedToken>): NerSpan[] {
  return spans.map((span, k) => {
    if (span.type !== "LOC") return span;
    const limit = spans[k + 1]?.start ?? text.length;
    let end = -1;
    let token = byStart.get(span.end);
    for (let n = 0; token && n < MAX_PLACE_TO_ORGANISATION_TOKENS && token.end <= limit; n++, token = byStart.get(token.end)) {
      if (!/^(n|j|b)/.test(token.tag) || !HAN_WORD.test(token.word)) break;
      const close = organisationEndIn(token);
      if (close > 0) end = close;
      if (close > 0 && close < token.end) break;
    }
    return end > 0 ? { ...span, end, type: "ORG" } : span;
  });
}

/** A word that is a known organisation's short name (微软, 邯钢, 新芬党) is that organisation unless it ends a longer noun phrase. */
function addKnownOrganisations(tokens: TaggedToken[], spans: NerSpan[]): NerSpan[] {
  const out = [...spans];
  tokens.forEach((token, k) => {
    if (!KNOWN_ORGANISATIONS.has(token.word)) return;
    const before = tokens[k - 1];
    if (before && before.tag.startsWith("n") && HAN_WORD.test(before.word)) return;
    const same = out.findIndex((s) => s.start === token.start && s.end === token.end);
    if (same >= 0) out[same] = { ...out[same], type: "ORG" };
    else if (!out.some((s) => overlaps(s, token))) out.push({ start: token.start, end: token.end, type: "ORG" });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** A city abroad (基辅, 不来梅) is a place where the model named nothing or took it for a person (阿布贾), and so is a country. */
function placeWorldCities(text: string, tokens: TaggedToken[], spans: NerSpan[]): NerSpan[] {
  const isPlaceAbroad = (name: string) => WORLD_CITIES.has(name) || COUNTRIES.has(name);
  const retyped = spans.map((s): NerSpan => (s.type === "PER" && isPlaceAbroad(text.slice(s.start, s.end)) ? { ...s, type: "LOC" } : s));
  const cities = tokens.filter((t) => WORLD_CITIES.has(t.word) && !spans.some((s) => overlaps(s, t)));
  if (cities.length === 0) return retyped;
  return [...retyped, ...cities.map((t): NerSpan => ({ start: t.start, end: t.end, type: "LOC" }))].sort((a, b) => a.start - b.start);
}

/** Where a name cannot go on: a line ends a title field or block; a person's name ends at clause punctuation too. */
const NAME_BREAK = /\n/;
const PERSON_BREAK = /[\n，、。；：！？,;]/;

/** A name that runs across a break is cut there (亨特，亨特 → 亨特 and 亨特), pieces of one character dropped. */
function splitAtBreaks(text: string, span: NerSpan): NerSpan[] {
  const breaks = span.type === "PER" ? PERSON_BREAK : NAME_BREAK;
  if (!breaks.test(text.slice(span.start, span.end))) return [span];
  const pieces: NerSpan[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i < span.end && !breaks.test(text[i])) continue;
    if (i - start >= 2) pieces.push({ ...span, start, end: i });
    start = i + 1;
  }
  return pieces;
}

/** Characters that follow a name and never end one: the verb or adverb the model took in (赵华 + 说, 王晨 + 都, 卡巴杰 + 时). */
const NEVER_ENDS_PERSON = new Set(Array.from("说讲称问答都也的是就还又已却便把被让时各等"));
/** A doctrine named after a person names the person alone: 毛泽东 + 思想, 邓小平 + 理论. */
const DOCTRINE = /(思想|理论)$/;

/** A person without what the model took in after the name: a verb or adverb, or a doctrine named after it. */
function trimWhatFollowsPerson(text: string, span: NerSpan): NerSpan {
  if (span.type !== "PER" || span.end - span.start < 3) return span;
  const doctrine = DOCTRINE.exec(text.slice(span.start, span.end));
  if (doctrine && span.end - span.start - doctrine[1].length >= 2) return { ...span, end: span.end - doctrine[1].length };
  return NEVER_ENDS_PERSON.has(text[span.end - 1]) ? { ...span, end: span.end - 1 } : span;
}

/**
 * The structural repairs on a sequence model's spans: the model's few-thousand-sentence training misses these
 * regularities, which hold for any text.
 */
export function repairNames(text: string, tokens: TaggedToken[], names: NerSpan[]): NerSpan[] {
  const byStart = tokensByStart(tokens);
  const spans = names.flatMap((s) => splitAtBreaks(text, trimWhatFollowsPerson(text, s))).map((s) =>
    trimUnbalancedMarks(text, retypeInstitutionPlace(text, retypeDivisionWordPerson(text, trimTitleFromSurname(text, retypeDivisionPerson(text, extendCompanyToClauseStart(text, tokens, s)))))),
  );
  const repaired = extendPlaceToOrganisation(text, completeGivenName(text, addPressTitles(text, spans), byStart), byStart);
  const known = placeWorldCities(text, tokens, addKnownOrganisations(tokens, repaired));
  return addListedPeople(text, mergeIntoOrganisations(text, known));
}

/** Persons, places and organisations: the shipped sequence model, then the structural repairs. */
export function recogniseEntities(text: string, tokens: TaggedToken[] = tagText(text), model: NerModel = shippedModel()): NerSpan[] {
  return repairNames(text, tokens, recogniseNames(text, tokens, model));
}
