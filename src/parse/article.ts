import type { Article, BodyBlock, Person, Span } from "../model/page.js";
import { isCreditOnly, parseCredit } from "./credits.js";
import { findLeads } from "./leads.js";
import { BRACKETED_CREDIT, DATELINE, EDITOR_NOTE, KICKER_END, ROLE_WORDS, SOURCE_CREDIT, SUBHEADLINE_START, TRAILING_CREDIT } from "./patterns.js";
import { mergeBBoxes, partOf, spanOf, textOfParts, type TextPart } from "./parts.js";
import type { ArticleDraft, Chain } from "./structure.js";
import type { Unit } from "./units.js";


const COMMENTARY_TAG = /[(（](?:社论|评论员文章|短评|时评|评论|述评)[)）]$/u;

interface TitleFields {
  kicker: TextPart[];
  headline: TextPart[];
  subheadline: TextPart[];
}

export function buildArticle(draft: ArticleDraft, id: string): Article {
  const titles = assignTitles(draft.titles);
  const paragraphs = draft.body.map((entry) =>
    entry.kind === "paragraph" ? { kind: "paragraph" as const, parts: chainParts(entry.chain) } : { kind: "subhead" as const, parts: [partOf(entry.unit)] },
  );
  const opening = cutOpening(paragraphs.find((entry) => entry.kind === "paragraph" && !EDITOR_NOTE.test(entry.parts[0].text))?.parts);
  const closing = opening.credit ? null : cutClosingCredit(lastParagraph(paragraphs)?.parts);
  const bylineParts = draft.bylines.map(partOf);
  const creditParts = [...bylineParts, ...(opening.credit ? [opening.credit] : []), ...(closing ? [closing] : [])];
  const body = paragraphs.filter((entry) => entry.parts.length > 0).map(toBodyBlock);
  if (!isCommentary(titles, draft)) markLeads(body);
  const fieldSpans = collectFieldSpans(titles, opening.dateline, creditParts);
  const people = creditParts.flatMap((part) => parseCredit(creditText(part.text)));
  return {
    id,
    kicker: joinTitle(titles.kicker),
    headline: joinTitle(titles.headline),
    subheadline: joinTitle(titles.subheadline),
    dateline: opening.dateline?.text ?? null,
    byline: bylineText(opening.dateline, opening.credit, bylineParts, closing),
    people: uniquePeople(people),
    body,
    fieldSpans,
    spans: sortSpans([...Object.values(fieldSpans).flat(), ...body.flatMap((block) => block.spans)]),
    confidence: articleConfidence(draft, titles),
    bbox: mergeBBoxes([...draft.titles, ...draft.bylines, ...draft.body.flatMap(bodyUnits)]),
  };
}

function bodyUnits(entry: ArticleDraft["body"][number]): Unit[] {
  return entry.kind === "paragraph" ? entry.chain.units : [entry.unit];
}

/** 引题 → 主题 → 副题: a leading line ending in a colon is a kicker, —— opens a subheadline. */
export function assignTitles(titles: Unit[]): TitleFields {
  const parts = titles.map(partOf);
  const fields: TitleFields = { kicker: [], headline: [], subheadline: [] };
  const roleOf = (index: number) => titles[index].block.role;
  if (titles.some((unit) => unit.block.role)) {
    parts.forEach((part, index) => fields[roleOf(index) === "kicker" ? "kicker" : roleOf(index) === "subheadline" ? "subheadline" : "headline"].push(part));
    return fields;
  }
  let rest = parts;
  if (rest.length > 1 && KICKER_END.test(rest[0].text)) {
    fields.kicker.push(rest[0]);
    rest = rest.slice(1);
  }
  const firstSub = rest.findIndex((part, index) => index > 0 && SUBHEADLINE_START.test(part.text));
  if (firstSub > 0) {
    fields.subheadline = rest.slice(firstSub);
    rest = rest.slice(0, firstSub);
  }
  if (fields.kicker.length === 0 && rest.length >= 3) {
    fields.kicker.push(rest[0]);
    rest = rest.slice(1);
  }
  fields.headline = rest;
  return fields;
}

function joinTitle(parts: TextPart[]): string | null {
  return parts.length ? parts.map((part) => part.text).join(" ") : null;
}

function chainParts(chain: Chain): TextPart[] {
  return chain.units.map(partOf);
}

interface Opening {
  dateline: TextPart | null;
  credit: TextPart | null;
}

/** Cut the 电头 and the bracketed credit off the front of the first paragraph. */
function cutOpening(parts: TextPart[] | undefined): Opening {
  if (!parts?.length) return { dateline: null, credit: null };
  const first = parts[0];
  const dateline = first.text.match(DATELINE);
  let rest = dateline ? dateline[0].length : 0;
  let credit: TextPart | null = null;
  const bracket = first.text.slice(rest).match(BRACKETED_CREDIT);
  if (bracket && isCreditOnly(bracket[1]) && (dateline || ROLE_WORDS.test(bracket[1]))) {
    const leading = bracket[0].length - bracket[0].trimStart().length;
    credit = slicePart(first, rest + leading, rest + bracket[0].trimEnd().length);
    rest += bracket[0].length;
  }
  if (rest === 0) return { dateline: null, credit: null };
  parts[0] = slicePart(first, rest + leadingSpace(first.text.slice(rest)), first.text.length);
  if (parts[0].text === "") parts.shift();
  return { dateline: dateline ? slicePart(first, 0, dateline[0].length) : null, credit };
}

/** A credit in brackets closing a short item: `…。(王芳)`. */
function cutClosingCredit(parts: TextPart[] | undefined): TextPart | null {
  if (!parts?.length) return null;
  const last = parts[parts.length - 1];
  const match = last.text.match(TRAILING_CREDIT);
  if (!match || match.index === undefined || match.index === 0 || !(isCreditOnly(match[1]) || SOURCE_CREDIT.test(match[1]))) return null;
  const before = last.text.slice(0, match.index);
  if (!/[。！？!?”」』]\s*$/u.test(before)) return null;
  const credit = slicePart(last, match.index, last.text.length);
  parts[parts.length - 1] = slicePart(last, 0, before.trimEnd().length);
  return credit;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function slicePart(part: TextPart, from: number, to: number): TextPart {
  return { text: part.text.slice(from, to), start: part.start + from, end: part.start + to, bbox: part.bbox };
}

function lastParagraph(paragraphs: Array<{ kind: string; parts: TextPart[] }>) {
  return [...paragraphs].reverse().find((entry) => entry.kind === "paragraph");
}

function toBodyBlock(entry: { kind: "paragraph" | "subhead"; parts: TextPart[] }): BodyBlock {
  const bbox = mergeBBoxes(entry.parts);
  const block: BodyBlock = { kind: entry.kind, text: textOfParts(entry.parts), spans: entry.parts.map(spanOf) };
  if (bbox) block.bbox = bbox;
  return block;
}

/** Editorials and commentaries argue in parallel sentences (排比) that are no bold subheads. */
function isCommentary(titles: TitleFields, draft: ArticleDraft): boolean {
  const headline = titles.headline.map((part) => part.text).join("");
  return COMMENTARY_TAG.test(headline) || draft.bylines.some((unit) => /评论员/u.test(unit.text));
}

function markLeads(body: BodyBlock[]): void {
  const paragraphs = body.filter((block) => block.kind === "paragraph");
  const leads = findLeads(paragraphs.map((block) => block.text));
  paragraphs.forEach((block, index) => {
    if (leads[index]) block.lead = leads[index]!;
  });
}

function collectFieldSpans(titles: TitleFields, dateline: TextPart | null, credits: TextPart[]): Article["fieldSpans"] {
  const spans: Article["fieldSpans"] = {};
  if (titles.kicker.length) spans.kicker = titles.kicker.map(spanOf);
  if (titles.headline.length) spans.headline = titles.headline.map(spanOf);
  if (titles.subheadline.length) spans.subheadline = titles.subheadline.map(spanOf);
  if (dateline) spans.dateline = [spanOf(dateline)];
  if (credits.length) spans.byline = credits.map(spanOf);
  return spans;
}

/** The credit as printed: with its dateline when they are printed together (`本报讯(记者张磊)`). */
function bylineText(dateline: TextPart | null, credit: TextPart | null, lines: TextPart[], closing: TextPart | null): string | null {
  const printed = [
    ...lines.map((part) => part.text),
    ...(credit ? [`${dateline?.text ?? ""}${credit.text}`] : []),
    ...(closing ? [closing.text] : []),
  ];
  return printed.length ? printed.join(" ") : null;
}

function creditText(text: string): string {
  return text.replace(/^[(（]|[)）]$/gu, "");
}

function uniquePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = `${person.name}|${person.role}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function articleConfidence(draft: ArticleDraft, titles: TitleFields): number {
  let confidence = 0.95;
  if (titles.headline.length === 0) confidence -= 0.3;
  if (draft.body.length === 0) confidence -= 0.3;
  const joins = draft.body.flatMap((entry) => (entry.kind === "paragraph" ? entry.chain.joins : []));
  for (const join of joins) confidence = Math.min(confidence, (confidence + join.confidence) / 2 + 0.1);
  return Math.max(0.05, Math.round(confidence * 100) / 100);
}

export function sortSpans(spans: Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start);
}
