import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsArticleJsonLd, openArchive, type Archive, type EntitySummary } from "../src/archive/index.js";
import { seedPage, SEED_TEXT, tempArchive } from "./archive-helpers.js";

const BEER_FESTIVAL = "主动服务保供电 点亮城市夜经济";
const DIVISIONS = [["洮北区", "220802"], ["洮南市", "220881"], ["镇赉县", "220821"], ["大安市", "220882"]] as const;

let archive: Archive;
beforeAll(() => {
  archive = tempArchive();
  archive.ingestPage(seedPage(), SEED_TEXT);
});
afterAll(() => archive.close());

function named(type: EntitySummary["type"], name: string): EntitySummary {
  const entity = archive.entities({ type }).find((candidate) => candidate.name === name);
  expect(entity, `${type} ${name}`).toBeDefined();
  return entity!;
}

function mentionCount(db: Archive["db"], articleId: number): number {
  return (db.prepare("SELECT count(*) AS n FROM mentions WHERE article_id = ?").get(articleId) as { n: number }).n;
}

describe("entities stored at ingest", () => {
  it("stores the seed page's organisations, abbreviations under their full names", () => {
    for (const name of ["白城市委统战部", "共青团白城市委", "国网白城供电公司", "成来电气科技有限公司", "白城市公安局", "白城市美术馆"]) named("organisation", name);
    expect(named("organisation", "白城市委统战部").aliases).toContain("市委统战部");
    expect(named("organisation", "成来电气科技有限公司").aliases).toContain("成来电气");
  });

  it.each(DIVISIONS)("stores %s with its GB/T 2260 code %s and path", (name, code) => {
    expect(named("place", name)).toMatchObject({ kind: "division", code, path: ["吉林省", "白城市", name] });
  });

  it("keeps people with the titles the text gives them", () => {
    const person = named("person", "景俊海");
    expect(archive.entity(person.id)!.articles[0].titles).toContain("省委书记");
  });

  it.each([
    ["7000余万元", 70_000_000, "元", 1, "涉案金额"],
    ["43万元", 430_000, "元", 0, null],
    ["2000余人", 2000, "人", 1, "受益群众"],
    ["132人", 132, "人", 0, "会员"],
    ["125人次", 125, "人次", 0, null],
  ] as const)("stores the figure %s as %d %s", (text, value, unit, approx, counts) => {
    const row = archive.db.prepare("SELECT value, unit, approx, counts FROM mentions WHERE type = 'quantity' AND text = ?").get(text) as Record<string, unknown>;
    expect(row).toMatchObject({ value, unit, approx });
    if (counts) expect(row.counts).toBe(counts);
  });

  it("every mention's offsets point into the article's enriched text", () => {
    const rows = archive.db.prepare("SELECT article_id, text, start, end FROM mentions").all() as { article_id: number; text: string; start: number; end: number }[];
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      const { article } = archive.article(row.article_id)!;
      const text = [article.kicker, article.headline, article.subheadline].filter(Boolean).concat(article.body.map((b) => b.text)).join("\n");
      expect(text.slice(row.start, row.end)).toBe(row.text);
    }
  });
});

describe("entity queries", () => {
  it("a place's articles come newest first, with the figures of the sentences that name it", () => {
    const own = tempArchive();
    own.ingestPage(seedPage(), SEED_TEXT);
    own.ingestPage(seedPage(SEED_TEXT, { paper: "白城日报", date: "2022-09-01", page: "2" }), SEED_TEXT);
    const id = own.entities({ type: "place" }).find((place) => place.name === "洮南市")!.id;
    const place = own.entity(id)!;
    expect(place.articleCount).toBe(place.articles.length);
    expect(place.articles.map((a) => a.date)).toEqual(["2022-09-01", "2022-09-01", "2022-08-16", "2022-08-16"]);
    expect(place.articles.map((a) => a.headline)).toContain(BEER_FESTIVAL);
    expect(place.figures.length).toBeGreaterThan(0);
    for (const figure of place.figures) expect(figure.sentence).toContain(figure.text);
    own.close();
  });

  it("an organisation's figures: 43万元 with 白城市委统战部", () => {
    const figures = archive.entity(named("organisation", "白城市委统战部").id)!.figures;
    expect(figures.find((figure) => figure.text === "43万元")).toMatchObject({ value: 430_000, unit: "元", approx: false });
  });

  it("lists by type and paper with counts; an unknown id is null and an unknown type refused", () => {
    const places = archive.entities({ type: "place", paper: "白城日报" });
    expect(places.every((place) => place.type === "place" && place.articles >= 1 && place.mentions >= place.articles)).toBe(true);
    expect(archive.entityCount({ type: "place" })).toBe(places.length);
    expect(archive.entities({ paper: "无此报" })).toEqual([]);
    expect(archive.entity(999_999)).toBeNull();
    expect(() => archive.entities({ type: "thing" as never })).toThrow(/unknown entity type/);
  });

  it("search filters by place (name or code) and by organisation (full name or as written)", () => {
    expect(archive.search({ q: "供电", place: "洮南市" }).hits.map((hit) => hit.headline)).toEqual([BEER_FESTIVAL]);
    expect(archive.search({ q: "供电", place: "220881" }).total).toBe(1);
    expect(archive.search({ q: "统战", place: "洮南市" }).total).toBe(0);
    expect(archive.search({ q: "统战", org: "白城市委统战部" }).total).toBe(1);
    expect(archive.search({ q: "统战", org: "市委统战部" }).total).toBe(1);
    expect(archive.search({ q: "统战", org: "国网白城供电公司" }).total).toBe(0);
    expect(archive.search({ q: "书记", person: "景俊海" }).total).toBe(1);
  });

  it("JSON-LD names people and organisations as mentions and places as contentLocation", () => {
    const articleId = archive.entity(named("place", "洮南市").id)!.articles.find((a) => a.headline === BEER_FESTIVAL)!.articleId;
    const jsonLd = newsArticleJsonLd(archive.article(articleId)!, { entities: archive.articleEntities(articleId), entityUrl: (id) => `/entities/${id}` });
    const mentions = [jsonLd.mentions].flat() as { "@type": string; name: string }[];
    expect(mentions).toContainEqual(expect.objectContaining({ "@type": "Organization", name: "国网白城供电公司" }));
    const places = [jsonLd.contentLocation].flat() as Record<string, unknown>[];
    expect(places).toContainEqual(expect.objectContaining({
      "@type": "AdministrativeArea",
      name: "洮南市",
      identifier: { "@type": "PropertyValue", propertyID: "GB/T 2260", value: "220881" },
      containedInPlace: { "@type": "AdministrativeArea", name: "白城市", containedInPlace: { "@type": "AdministrativeArea", name: "吉林省" } },
    }));
  });
});

describe("enrichment follows the articles", () => {
  it("corrections re-enrich the article; a merged article loses its mentions", () => {
    const own = tempArchive();
    const ids = own.page(own.ingestPage(seedPage(), SEED_TEXT).pageId!)!.articleIds;
    const stored = own.article(ids[1])!;
    const body = stored.article.body.map((block, i) => (i === 0 ? { ...block, text: `${block.text}镇赉县也派人参加。` } : block));
    own.correctArticle(ids[1], { article: { ...stored.article, body }, author: "editor" });
    expect(own.articleEntities(ids[1]).map((e) => e.name)).toContain("镇赉县");
    own.mergeWithNext(ids[1], "editor");
    expect(mentionCount(own.db, ids[2])).toBe(0);
    own.close();
  });

  it("re-ingesting a changed page re-enriches only the changed articles", () => {
    const own = tempArchive();
    const { pageId } = own.ingestPage(seedPage(), SEED_TEXT);
    const before = own.db.prepare("SELECT id, article_id FROM mentions ORDER BY id").all() as { id: number; article_id: number }[];
    const changed = SEED_TEXT.replace("白城市文化中心举办烫画展", "白城市文化中心举办木板烫画展");
    own.ingestPage(seedPage(changed), changed);
    const kept = new Set(own.page(pageId!)!.articleIds);
    const after = own.db.prepare("SELECT id, article_id FROM mentions ORDER BY id").all() as { id: number; article_id: number }[];
    const untouched = before.filter((row) => kept.has(row.article_id));
    expect(after.slice(0, untouched.length)).toEqual(untouched);
    expect(after.length).toBeGreaterThan(untouched.length);
    own.close();
  });

  it("ingest without enrichment stores no mentions; enrich() fills them in batches and drops unnamed entities", async () => {
    const own = openArchive(":memory:", { enrich: false });
    own.ingestPage(seedPage(), SEED_TEXT);
    expect(own.entities()).toEqual([]);
    const ticks: number[] = [];
    const summary = await own.enrich({ progress: { start: (total) => ticks.push(total), update: (done) => ticks.push(done), finish: () => ticks.push(-1) } });
    expect(summary.articles).toBe(own.stats().articles);
    expect(summary.mentions).toBeGreaterThan(50);
    expect(ticks).toEqual([summary.articles, summary.articles, -1]);
    const places = own.entities({ type: "place" }).map((place) => place.code);
    expect(places).toEqual(expect.arrayContaining(DIVISIONS.map(([, code]) => code)));
    own.db.prepare("INSERT INTO entities (paper_id, type, key, name, name_norm) VALUES (1, 'place', '无名', '无名', '无名')").run();
    expect((await own.enrich({ paper: "白城日报" })).entities).toBe(summary.entities);
    expect((own.db.prepare("SELECT count(*) AS n FROM entities WHERE name = '无名'").get() as { n: number }).n).toBe(0);
    own.close();
  });
});
