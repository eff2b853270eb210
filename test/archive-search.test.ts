import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../src/archive/index.js";
import { BanmianError } from "../src/model/errors.js";
import { decodePageBytes } from "../src/source/decode.js";
import { generatePages, pageFromGold } from "../src/eval/generate.js";
import { GOLD, seedPage, SEED_META, SEED_TEXT, tempArchive } from "./archive-helpers.js";

let archive: Archive;

/** The seed page, the other gold pages (through the parser) and 200 generated pages. */
beforeAll(() => {
  archive = tempArchive({ enrich: false });
  archive.ingestPage(seedPage(), SEED_TEXT);
  for (const name of readdirSync(GOLD).filter((file) => file.endsWith(".gold.json") && !file.startsWith("baicheng"))) {
    const gold = JSON.parse(readFileSync(join(GOLD, name), "utf8"));
    if (!gold.edition) continue;
    const text = decodePageBytes(readFileSync(join(GOLD, name.replace(".gold.json", ".txt")))).text;
    archive.ingestPage(seedPage(text, gold.edition), text);
  }
  for (const generated of generatePages(200, 7)) {
    archive.ingestPage(pageFromGold(generated.gold, generated.text, generated.meta), generated.text);
  }
});
afterAll(() => archive.close());

function topSeedHit(q: string) {
  return archive.search({ q, paper: SEED_META.paper, to: "2022-12-31" }).hits[0];
}

describe("archive search", () => {
  it.each([
    ["统战", "白城市委统战部坚持“五抓五到位” 推动新的社会阶层人士统战工作创新发展"],
    ["夜经济", "主动服务保供电 点亮城市夜经济"],
    ['"专精特新"', "成来电气获国家第四批“专精特新”“小巨人”企业称号"],
  ])("%s finds the right seed article first", (q, headline) => {
    const { hits, total } = archive.search({ q });
    expect(total).toBeGreaterThan(0);
    expect(hits[0].headline).toBe(headline);
    expect(topSeedHit(q)).toMatchObject({ headline, paper: "白城日报", date: "2022-08-16", page: "2" });
  });

  it("a name finds bylines and mentions", () => {
    const seedHits = archive.search({ q: "张磊", paper: "白城日报", from: "2022-08-16", to: "2022-08-16" });
    expect(seedHits.total).toBe(3);
    expect(seedHits.hits.map((hit) => hit.snippet).every((s) => s.includes("\u0001张磊\u0002"))).toBe(true);
    const mention = archive.search({ q: "梁大猛" });
    expect(mention.hits[0].snippet).toContain("\u0001梁大猛\u0002");
  });

  it("filters by person and role, pages with limit/offset and reports the total", () => {
    const byPerson = archive.search({ q: "白城", person: "尹雪", paper: "白城日报" });
    expect(byPerson.total).toBeGreaterThan(0);
    for (const hit of byPerson.hits) {
      expect(archive.article(hit.articleId)!.article.people.map((p) => p.name)).toContain("尹雪");
    }
    expect(archive.search({ q: "白城", person: "尹雪", role: "photographer" }).total).toBe(0);
    const all = archive.search({ q: "白城", limit: 100 });
    const page2 = archive.search({ q: "白城", limit: 5, offset: 5 });
    expect(page2.total).toBe(all.total);
    expect(page2.hits.map((h) => h.articleId)).toEqual(all.hits.slice(5, 10).map((h) => h.articleId));
  });

  it("segments like the index: half- and full-width queries find the same", () => {
    expect(archive.search({ q: "ＣＳ活动" }).total).toBe(archive.search({ q: "cs活动" }).total);
  });

  it.each(['"', "*", "OR", "')--", "a OR b", "NEAR(统战 夜市)", "统战*", "-统战", "统战:夜市", "'; DROP TABLE articles; --", '"统战', "x".repeat(10_000), "统".repeat(10_000), "\u0000\u0001", "{统战}", "^统战"])(
    "hostile query %j returns results or a BanmianError",
    (q) => {
      try {
        const result = archive.search({ q });
        expect(result.total).toBeGreaterThanOrEqual(0);
      } catch (error) {
        expect(error).toBeInstanceOf(BanmianError);
      }
      expect(archive.stats().articles).toBeGreaterThan(0);
    },
  );

  it("checks its filters", () => {
    expect(() => archive.search({ q: "统战", from: "2022-13-01" })).toThrow(BanmianError);
    expect(() => archive.search({ q: "统战", limit: 0 })).toThrow(BanmianError);
    expect(() => archive.search({ q: "统战", limit: 1000 })).toThrow(BanmianError);
  });
});
