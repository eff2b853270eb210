import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, BodyBlock, Item, Page } from "../model/page.js";
import { PAGE_SCHEMA } from "../model/page.js";
import { decodePageBytes, sha256Hex } from "../source/decode.js";
import { GOLD_DIR, GoldPageSchema, type GoldArticle, type GoldItem, type GoldPage } from "./gold.js";

/**
 * A page generator for property tests and benchmarks: it composes realistic pages out of the
 * hand-written gold pages in eval/gold (read at run time), with planted column breaks, random
 * papers, dates and pages, and half-/full-width punctuation; each page comes with its gold.
 */

export interface GeneratedPage {
  text: string;
  meta: { paper: string; date: string; page: string };
  gold: GoldPage;
}

/** A gold article with its body in reading order (standalone subheads placed where the source had them). */
interface ArticleSource {
  gold: GoldArticle;
  body: { kind: "paragraph" | "subhead"; text: string }[];
}

interface Pool {
  articles: ArticleSource[];
  captions: GoldItem[];
  others: GoldItem[];
}

export const DEFAULT_GOLD_FOLDER = GOLD_DIR;

const PAPERS = ["白城日报", "青水日报", "柳河报", "东江晚报", "北原日报", "华夏日报", "江城晚报", "香江日報"];
const PAGES = ["1", "2", "3", "4", "5", "8", "A2", "A3", "A07", "B1"];
const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const SENTENCE_END = /[。!?!?」”]/;

// ---------- random numbers ----------

type Random = () => number;

/** mulberry32: a small, seedable PRNG. */
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function pickDistinct<T>(random: Random, list: readonly T[], count: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, Math.min(count, copy.length));
}

// ---------- reading the gold pages ----------

function goldFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(".gold.json")).sort();
}

/** Where each paragraph and standalone subhead starts in the source, so they can be put in order. */
function orderedBody(gold: GoldArticle, source: string): ArticleSource["body"] | null {
  const standalone = (gold.subheads ?? []).filter((subhead) => !gold.paragraphs.some((p) => p.startsWith(subhead)));
  const placed = [
    ...gold.paragraphs.map((text) => ({ kind: "paragraph" as const, text, at: source.indexOf(text.slice(0, 8)) })),
    ...standalone.map((text) => ({ kind: "subhead" as const, text, at: source.indexOf(text) })),
  ];
  if (standalone.length > 0 && placed.some((block) => block.at < 0)) return null;
  if (standalone.length > 0) placed.sort((a, b) => a.at - b.at);
  return placed.map(({ kind, text }) => ({ kind, text }));
}

function loadPool(folder: string): Pool {
  const pool: Pool = { articles: [], captions: [], others: [] };
  for (const name of goldFiles(folder)) {
    const gold = GoldPageSchema.parse(JSON.parse(readFileSync(join(folder, name), "utf8")));
    const source = decodePageBytes(readFileSync(join(folder, name.replace(/\.gold\.json$/, ".txt"))), name).text;
    for (const article of gold.articles) {
      const body = orderedBody(article, source);
      if (body && article.paragraphs.length > 0) pool.articles.push({ gold: article, body });
    }
    for (const item of gold.items) {
      if (item.kind === "photo") pool.captions.push(item);
      else if (item.kind !== "folio" && item.kind !== "jump") pool.others.push(item);
    }
  }
  if (pool.articles.length === 0) throw new Error(`no gold articles in ${folder}`);
  return pool;
}

// ---------- punctuation ----------

type Width = "as-is" | "half" | "full";
const HALF = ",:;!?()";
const FULL = ",:;!?()";

function punctuate(text: string, width: Width): string {
  if (width === "as-is") return text;
  const [from, to] = width === "half" ? [FULL, HALF] : [HALF, FULL];
  return text.replace(new RegExp(`[${from.replace(/[()?]/g, "\\$&")}]`, "g"), (char) => to[from.indexOf(char)]);
}

function punctuateGold<T>(value: T, width: Width): T {
  if (width === "as-is") return value;
  return JSON.parse(JSON.stringify(value), (_key, field) => (typeof field === "string" ? punctuate(field, width) : field)) as T;
}

// ---------- composing a page ----------

function randomDate(random: Random): string {
  const start = Date.UTC(2015, 0, 1);
  const days = randomInt(random, 0, 3650);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

function folioItem(meta: GeneratedPage["meta"]): GoldItem {
  const [year, month, day] = meta.date.split("-").map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const page = /^\d+$/.test(meta.page) ? `第${meta.page}版` : meta.page;
  return { kind: "folio", text: `${meta.paper} ${year}年${month}月${day}日 ${weekday} ${page}` };
}

function itemBlocks(item: GoldItem): string[] {
  return item.credit_raw ? [item.text, item.credit_raw] : [item.text];
}

function bylineIsDateline(gold: GoldArticle): boolean {
  return Boolean(gold.byline_raw && gold.dateline && gold.byline_raw.startsWith(gold.dateline));
}

function bylineTrails(gold: GoldArticle): boolean {
  return Boolean(gold.byline_raw && /^[((]/.test(gold.byline_raw));
}

/**
 * Paragraph texts as printed: the dateline (with its credit) opens the first paragraph that is
 * no editor's note, a bracketed credit closes the last.
 */
function printedBody(source: ArticleSource): ArticleSource["body"] {
  const { gold } = source;
  const body = source.body.map((block) => ({ ...block }));
  const first = body.find((block) => block.kind === "paragraph" && !/^编者按/.test(block.text))!;
  const last = body.findLast((block) => block.kind === "paragraph")!;
  if (bylineIsDateline(gold)) first.text = gold.byline_raw + first.text;
  else if (gold.dateline) first.text = gold.dateline + first.text;
  if (!bylineIsDateline(gold) && bylineTrails(gold)) last.text += gold.byline_raw;
  return body;
}

/** A cut inside a sentence (never right after its end), at least 4 characters from either end. */
function breakPoint(random: Random, text: string): number | null {
  if (text.length < 16) return null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = randomInt(random, 4, text.length - 4);
    if (!SENTENCE_END.test(text[at - 1])) return at;
  }
  return null;
}

interface Composition {
  blocks: string[];
  items: GoldItem[];
  joins: number;
}

function renderArticle(random: Random, source: ArticleSource, pool: Pool, out: Composition): void {
  const { gold } = source;
  for (const field of [gold.kicker, gold.headline, gold.subheadline]) if (field) out.blocks.push(field);
  if (gold.byline_raw && !bylineIsDateline(gold) && !bylineTrails(gold)) out.blocks.push(gold.byline_raw);
  const body = printedBody(source);
  const breakAt = random() < 0.4 ? randomInt(random, 0, body.length - 1) : -1;
  body.forEach((block, index) => {
    const cut = index === breakAt && block.kind === "paragraph" ? breakPoint(random, block.text) : null;
    if (cut === null) {
      out.blocks.push(block.text);
      return;
    }
    out.blocks.push(block.text.slice(0, cut));
    if (pool.captions.length > 0 && random() < 0.3) {
      const caption = pick(random, pool.captions);
      out.blocks.push(...itemBlocks(caption));
      out.items.push(caption);
    }
    out.blocks.push(block.text.slice(cut));
    out.joins += 1;
  });
}

function composePage(random: Random, pool: Pool): GeneratedPage {
  const meta = { paper: pick(random, PAPERS), date: randomDate(random), page: pick(random, PAGES) };
  const width = pick<Width>(random, ["as-is", "half", "full"]);
  const out: Composition = { blocks: [], items: [], joins: 0 };
  if (random() < 0.7) {
    const folio = folioItem(meta);
    out.blocks.push(folio.text);
    out.items.push(folio);
  }
  const articles = pickDistinct(random, pool.articles, randomInt(random, 2, 6));
  for (const article of articles) renderArticle(random, article, pool, out);
  if (pool.others.length > 0 && random() < 0.5) {
    const extra = pick(random, pool.others);
    out.blocks.push(...itemBlocks(extra));
    out.items.push(extra);
  }
  const gold: GoldPage = { edition: meta, encoding: "utf-8", articles: articles.map((a) => a.gold), items: out.items, joins: out.joins };
  return { text: punctuate(`${out.blocks.join("\n\n")}\n`, width), meta, gold: punctuateGold(gold, width) };
}

/** Pages one at a time, for batches too large to hold in memory. */
export function* iterateGeneratedPages(count: number, seed: number, goldFolder = DEFAULT_GOLD_FOLDER): Generator<GeneratedPage> {
  const pool = loadPool(goldFolder);
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) yield composePage(random, pool);
}

/** `count` pages composed from the gold pages; the same seed gives the same pages. */
export function generatePages(count: number, seed: number, goldFolder = DEFAULT_GOLD_FOLDER): GeneratedPage[] {
  return [...iterateGeneratedPages(count, seed, goldFolder)];
}

// ---------- gold as a parsed page ----------

function bodyBlocks(gold: GoldArticle): BodyBlock[] {
  return gold.paragraphs.map((text) => {
    const lead = gold.subheads?.find((subhead) => text.startsWith(subhead) && subhead !== text);
    return lead ? { kind: "paragraph", text, lead, spans: [] } : { kind: "paragraph", text, spans: [] };
  });
}

function goldArticle(gold: GoldArticle, index: number): Article {
  return {
    id: `a${index + 1}`,
    kicker: gold.kicker,
    headline: gold.headline,
    subheadline: gold.subheadline,
    dateline: gold.dateline,
    byline: gold.byline_raw ?? null,
    people: gold.people,
    body: bodyBlocks(gold),
    fieldSpans: {},
    spans: [],
    confidence: 1,
  };
}

function goldItem(gold: GoldItem): Item {
  const item: Item = { kind: gold.kind, text: gold.text, spans: [] };
  if (gold.people) item.people = gold.people;
  if (gold.credit_raw) item.credit = gold.credit_raw;
  return item;
}

/**
 * The page a perfect parser would produce from a gold page (without spans): lets tests and
 * benchmarks of the archive run without the parser.
 */
export function pageFromGold(gold: GoldPage, text: string, meta: { paper: string; date: string; page: string }): Page {
  return {
    schema: PAGE_SCHEMA,
    source: { sha256: sha256Hex(text), encoding: "utf-8", format: "text" },
    edition: { paper: meta.paper, date: meta.date, page: meta.page },
    articles: gold.articles.map(goldArticle),
    items: gold.items.map(goldItem),
    joins: [],
    unassigned: [],
  };
}
