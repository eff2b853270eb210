import type { SourceDocument } from "../model/block.js";
import { PAGE_SCHEMA, type Join, type Page, type PageMeta, type Span, type Unassigned } from "../model/page.js";
import { textDocumentFromString } from "../source/text.js";
import { buildArticle, sortSpans } from "./article.js";
import { editionOf } from "./edition.js";
import { buildItem } from "./items.js";
import { findJoins, type JoinDecision } from "./joins.js";
import { groupPage } from "./structure.js";
import { classifyBlocks, type Unit } from "./units.js";

export { parseCredit } from "./credits.js";

/** Parse the raw text of one newspaper page into `banmian.page/1`. */
export function parsePage(text: string, meta: PageMeta = {}): Page {
  const doc = textDocumentFromString(text, meta.path);
  if (meta.encoding) doc.encoding = meta.encoding;
  return parseDocument(doc, meta);
}

/** Parse a page already split into blocks (plain text, or a PDF page after layout analysis). */
export function parseDocument(doc: SourceDocument, meta: PageMeta = {}): Page {
  const units = classifyBlocks(doc.blocks);
  // Layout analysis reads a PDF page's columns in order: its blocks have no breaks to repair.
  const joins = doc.format === "pdf" ? [] : findJoins(units);
  const draft = groupPage(units, joins);
  const articles = draft.articles.map((article, index) => buildArticle(article, `a${index + 1}`));
  const items = draft.items.map(buildItem).sort((a, b) => a.spans[0].start - b.spans[0].start);
  const page: Page = {
    schema: PAGE_SCHEMA,
    source: sourceInfo(doc, meta),
    edition: editionOf(meta, items),
    articles,
    items,
    joins: joins.map((join) => describeJoin(join, units)),
    unassigned: [],
  };
  page.unassigned = uncovered(doc.text, page);
  return page;
}

function sourceInfo(doc: SourceDocument, meta: PageMeta): Page["source"] {
  const info: Page["source"] = { sha256: doc.sha256, encoding: doc.encoding, format: doc.format };
  const path = meta.path ?? doc.path;
  if (path) info.path = path;
  if (doc.width !== undefined) info.width = doc.width;
  if (doc.height !== undefined) info.height = doc.height;
  return info;
}

const CONTEXT = 12;

function describeJoin(join: JoinDecision, units: Unit[]): Join {
  const before = units[join.from].block;
  const after = units[join.to].block;
  return {
    at: before.end,
    resumeAt: after.start,
    before: before.text.slice(-CONTEXT),
    after: after.text.slice(0, CONTEXT),
    evidence: join.evidence,
    confidence: join.confidence,
  };
}

/** Every span an element of the page claims, in source order. */
export function claimedSpans(page: Page): Span[] {
  return sortSpans([...page.articles.flatMap((article) => article.spans), ...page.items.flatMap((item) => item.spans)]);
}

/** The non-whitespace source text no element claims: a view over the source, normally empty. */
function uncovered(text: string, page: Page): Unassigned[] {
  const unassigned: Unassigned[] = [];
  let cursor = 0;
  const flush = (start: number, end: number) => {
    const piece = text.slice(start, end);
    if (piece.trim() === "") return;
    const lead = piece.length - piece.trimStart().length;
    const span = { start: start + lead, end: start + piece.trimEnd().length };
    unassigned.push({ text: text.slice(span.start, span.end), spans: [span] });
  };
  for (const span of claimedSpans(page)) {
    if (span.start > cursor) flush(cursor, span.start);
    cursor = Math.max(cursor, span.end);
  }
  flush(cursor, text.length);
  return unassigned;
}
