import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestFiles, type Archive } from "../src/archive/index.js";
import { POOL_MIN_ARTICLES } from "../src/archive/enrich-all.js";
import { POOL_MIN_FILES } from "../src/archive/ingest-files.js";
import { IngestQueue } from "../src/archive/ingest-queue.js";
import { enrichArticle } from "../src/enrich/index.js";
import { EnrichPool } from "../src/enrich/pool.js";
import { iterateGeneratedPages } from "../src/eval/generate.js";
import { parsePage } from "../src/parse/index.js";
import { tempArchive, tempDir } from "./archive-helpers.js";

const pages = [...iterateGeneratedPages(30, 11)];
const pool = new EnrichPool(2);
afterAll(() => pool.close());

/** Every mention of an archive, by page, article order and offsets, with the key of its entity. */
function mentionTable(archive: Archive): unknown[] {
  return archive.db
    .prepare(`SELECT e.date, pg.page, a.ord, m.type, m.text, m.start, m."end", m.sentence, m.value, m.unit, m.date_from, m.date_to, en.key AS entity
      FROM mentions m JOIN articles a ON a.id = m.article_id JOIN pages pg ON pg.id = a.page_id JOIN editions e ON e.id = pg.edition_id
      LEFT JOIN entities en ON en.id = m.entity_id ORDER BY e.date, pg.page, a.ord, m.start, m."end", m.type, m.text`)
    .all();
}

describe("EnrichPool", () => {
  it("extracts on worker threads exactly what enrichArticle extracts inline", async () => {
    const parsed = pages.slice(0, 8).map(({ text, meta }) => parsePage(text, meta));
    const pooled = await Promise.all(parsed.map((page) => pool.enrich(page.articles, page.edition.date)));
    const inline = parsed.map((page) => page.articles.map((article) => enrichArticle(article, page.edition.date)));
    expect(pooled).toEqual(inline);
    expect(pooled.flat().some((entities) => entities.mentions.quantities.length > 0 && entities.mentions.places.length > 0)).toBe(true);
  });

  it("refuses work once closed, with a clear error", async () => {
    const closing = new EnrichPool(1);
    const page = parsePage(pages[0].text, pages[0].meta);
    const pending = expect(closing.enrich(page.articles, page.edition.date)).rejects.toThrow("the enrichment pool is closed");
    await closing.close();
    await pending;
    await expect(closing.enrich(page.articles)).rejects.toThrow("the enrichment pool is closed");
  });
});

describe("a pool whose workers cannot start", () => {
  it("fails its jobs with a clear error and stops starting workers; ingest then extracts inline", async () => {
    const broken = new EnrichPool(2, new URL("./no-such-worker.js", import.meta.url));
    const page = parsePage(pages[0].text, pages[0].meta);
    const first = await Promise.allSettled([broken.enrich(page.articles), broken.enrich(page.articles)]);
    expect(first.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    await expect(broken.enrich(page.articles, page.edition.date)).rejects.toThrow(/^no enrichment worker could start: .*no-such-worker/);

    const withBroken = tempArchive();
    const outcomes: string[] = [];
    const queue = new IngestQueue(withBroken, (outcome) => outcomes.push(outcome.status), broken);
    for (const { text, meta } of pages.slice(0, 3)) await queue.add({ page: parsePage(text, meta), source: text, path: meta.page });
    await queue.flush();
    const inline = tempArchive();
    for (const { text, meta } of pages.slice(0, 3)) inline.ingestPage(parsePage(text, meta), text);
    expect(outcomes).toEqual(["added", "added", "added"]);
    expect(mentionTable(withBroken)).toEqual(mentionTable(inline));
    await broken.close();
  });
});

describe("ingest of a large batch", () => {
  it("stores the same mentions with entities extracted on workers as with entities extracted inline, re-ingest changes nothing, and enrich() on workers restores them", async () => {
    const root = tempDir();
    for (const { text, meta } of pages) {
      mkdirSync(join(root, meta.paper, meta.date), { recursive: true });
      writeFileSync(join(root, meta.paper, meta.date, `${meta.page}.txt`), text);
    }
    const files = new Set(pages.map(({ meta }) => `${meta.paper}/${meta.date}/${meta.page}`)).size;
    expect(files).toBeGreaterThanOrEqual(POOL_MIN_FILES);
    const batch = tempArchive();
    const summary = await ingestFiles(batch, [root]);
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(files);

    const oneByOne = tempArchive();
    for (const { text, meta } of pages) oneByOne.ingestPage(parsePage(text, meta), text);
    const stored = mentionTable(batch);
    expect(stored.length).toBeGreaterThan(pages.length * 10);
    expect(stored).toEqual(mentionTable(oneByOne));

    const again = await ingestFiles(batch, [root]);
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: summary.added, failed: [] });
    expect(mentionTable(batch)).toEqual(stored);

    batch.db.prepare("DELETE FROM mentions").run();
    const enriched = await batch.enrich();
    expect(enriched.articles).toBeGreaterThanOrEqual(POOL_MIN_ARTICLES);
    expect(mentionTable(batch)).toEqual(stored);
  });
});
