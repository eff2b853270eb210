import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceBlock, SourceDocument } from "../src/model/block.js";
import { readPdf } from "../src/source/pdf/index.js";

const PDF_DIR = path.join(import.meta.dirname, "../eval/pdf");

interface GoldArticle {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  dateline: string | null;
  byline_raw?: string | null;
  paragraphs: string[];
}

interface Gold {
  articles: GoldArticle[];
}

/** The paragraphs as scripts/make-pdf-fixtures.mjs typesets them: the credit before the first or after the last. */
function typesetParagraphs(article: GoldArticle): string[] {
  const paragraphs = [...article.paragraphs];
  const byline = article.byline_raw ?? null;
  const dateline = article.dateline;
  if (dateline && (!byline || byline.startsWith(dateline))) paragraphs[0] = (byline ?? dateline) + paragraphs[0];
  else if (dateline) paragraphs[0] = dateline + paragraphs[0];
  else if (byline && /^[（(].*[)）]$/.test(byline)) paragraphs[paragraphs.length - 1] += byline;
  return paragraphs;
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

function findBlock(doc: SourceDocument, text: string, roles: string[]): SourceBlock | undefined {
  return doc.blocks.find((b) => roles.includes(b.role ?? "") && squeeze(b.text) === squeeze(text));
}

const fixtures = readdirSync(PDF_DIR).filter((f) => f.endsWith(".gold.json")).map((f) => f.replace(/\.gold\.json$/, ""));

describe.each(fixtures)("generated e-paper page %s", (name) => {
  const gold = JSON.parse(readFileSync(path.join(PDF_DIR, `${name}.gold.json`), "utf8")) as Gold;
  const load = async () => (await readPdf(readFileSync(path.join(PDF_DIR, `${name}.pdf`)), { path: `${name}.pdf` }))[0];

  it("is one PDF page of format pdf with its size and the file's hash", async () => {
    const doc = await load();
    expect(doc.format).toBe("pdf");
    expect(doc.width).toBeGreaterThan(500);
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end)).toBe(block.text);
  });

  it.each(gold.articles.map((a, i) => [a.headline ?? `article ${i + 1}`, a] as const))("finds %s whole, in order and in one group", async (_, article) => {
    const doc = await load();
    const parts: SourceBlock[] = [];
    for (const [field, role] of [["kicker", "kicker"], ["headline", "headline"], ["subheadline", "subheadline"]] as const) {
      const text = article[field];
      if (!text) continue;
      const block = findBlock(doc, text, [role]);
      expect(block, `${role} ${text}`).toBeDefined();
      parts.push(block!);
    }
    for (const paragraph of typesetParagraphs(article)) {
      const block = findBlock(doc, paragraph, ["body"]);
      expect(block, `paragraph ${paragraph.slice(0, 20)}… as one block`).toBeDefined();
      parts.push(block!);
    }
    const groups = new Set(parts.map((b) => b.group));
    expect(groups.size, "one group").toBe(1);
    expect([...groups][0]).toBeDefined();
    const starts = parts.map((b) => b.start);
    expect(starts, "reading order").toEqual([...starts].sort((a, b) => a - b));
  });

  it("gives each article a group of its own", async () => {
    const doc = await load();
    const headlineGroups = doc.blocks.filter((b) => b.role === "headline").map((b) => b.group);
    expect(new Set(headlineGroups).size).toBe(headlineGroups.length);
  });
});
