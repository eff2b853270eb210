import { describe, expect, it } from "vitest";
import { openArchive } from "../src/archive/index.js";
import { generatePages, pageFromGold, type GoldItem } from "../src/eval/generate.js";
import { PageSchema } from "../src/model/page.js";

describe("page generator", () => {
  it("is deterministic for a seed and varies with it", () => {
    expect(generatePages(5, 42)).toEqual(generatePages(5, 42));
    expect(generatePages(5, 42)[0].text).not.toBe(generatePages(5, 43)[0].text);
  });

  it("composes pages whose gold matches the text, with planted column breaks", () => {
    const pages = generatePages(60, 1);
    expect(pages.reduce((sum, page) => sum + page.gold.joins, 0)).toBeGreaterThan(10);
    for (const { text, meta, gold } of pages) {
      expect(meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(gold.edition).toEqual(meta);
      const flat = withoutItems(text, gold.items).replace(/\n\n/g, "");
      for (const article of gold.articles) {
        if (article.headline) expect(text).toContain(article.headline);
        for (const paragraph of article.paragraphs) expect(flat).toContain(paragraph);
      }
      for (const item of gold.items) expect(text).toContain(item.text);
    }
  });

  it("gives pages the archive accepts", () => {
    const archive = openArchive(":memory:");
    for (const { text, meta, gold } of generatePages(30, 3)) {
      const page = pageFromGold(gold, text, meta);
      expect(PageSchema.safeParse(page).success).toBe(true);
      expect(archive.ingestPage(page, text).status).not.toBe("failed");
    }
    archive.close();
  });
});

/** The text without the item blocks (captions planted between the halves of a broken paragraph). */
function withoutItems(text: string, items: GoldItem[]): string {
  return items.reduce((rest, item) => rest.replaceAll(`\n\n${[item.text, item.credit_raw].filter(Boolean).join("\n\n")}\n\n`, "\n\n"), text);
}
