import { divisionsNamed } from "./divisions.js";
import { ORG_SUFFIXES, PERSON_TITLES, SURNAMES } from "./lexicon.js";
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

/** A place immediately followed by an organisation is one organisation: 白城市 + 美术馆, 印度 + 外交部. */
function mergePlaceAndInstitution(text: string, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    if (prev?.type === "LOC" && prev.end === span.start && isInstitutionAfter(text, prev, span)) {
      out[out.length - 1] = { start: prev.start, end: span.end, type: "ORG" };
    } else out.push(span);
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

/** A surname with a title or form of address names the person by the surname alone: 李老师 → 李, 王某 → 王. */
function trimTitleFromSurname(text: string, span: NerSpan): NerSpan {
  const rest = text.slice(span.start + 1, span.end);
  const addressed = PERSON_TITLES.has(rest) || /^[老某家]$/.test(rest);
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

/** A name never runs across a line (a title field or block ends there): a span that does is cut at each line break, pieces of one character dropped. */
function splitAtLineBreaks(text: string, span: NerSpan): NerSpan[] {
  if (!text.slice(span.start, span.end).includes("\n")) return [span];
  const pieces: NerSpan[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i < span.end && text[i] !== "\n") continue;
    if (i - start >= 2) pieces.push({ ...span, start, end: i });
    start = i + 1;
  }
  return pieces;
}

/** Persons, places and organisations: the shipped sequence model, then a few structural repairs. */
export function recogniseEntities(text: string, tokens: TaggedToken[] = tagText(text), model: NerModel = shippedModel()): NerSpan[] {
  const spans = recogniseNames(text, tokens, model).flatMap((s) => splitAtLineBreaks(text, s)).map((s) =>
    retypeInstitutionPlace(text, retypeDivisionWordPerson(text, trimTitleFromSurname(text, retypeDivisionPerson(text, extendCompanyToClauseStart(text, tokens, s))))),
  );
  return addListedPeople(text, mergePlaceAndInstitution(text, spans));
}
