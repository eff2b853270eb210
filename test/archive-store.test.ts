import { afterEach, describe, expect, it } from "vitest";
import type { Archive } from "../src/archive/index.js";
import { seedPage, SEED_TEXT, tempArchive } from "./archive-helpers.js";

let archive: Archive;
afterEach(() => archive?.close());

function changedSeed(): string {
  return SEED_TEXT.replace("白城市文化中心举办烫画展", "白城市文化中心举办木板烫画展");
}

describe("archive store", () => {
  it("stores a page with its source verbatim, articles, items and people", () => {
    archive = tempArchive();
    const outcome = archive.ingestPage(seedPage(), SEED_TEXT);
    expect(outcome.status).toBe("added");
    const page = archive.page(outcome.pageId!)!;
    expect(page.source).toBe(SEED_TEXT);
    expect(page.articleIds).toHaveLength(page.parsed.articles.length);
    expect(page.parsed.articles.length).toBeGreaterThanOrEqual(6);
    const first = archive.article(page.articleIds[0])!;
    expect(first).toMatchObject({ paper: "白城日报", date: "2022-08-16", page: "2", index: 0, version: 1, versions: 1, status: "live", prevId: null, nextId: page.articleIds[1] });
    expect(archive.stats()).toMatchObject({ papers: 1, editions: 1, pages: 1, articles: page.articleIds.length });
    expect(archive.edition("白城日报", "2022-08-16")!.pages).toHaveLength(1);
    expect(archive.papers()[0]).toMatchObject({ paper: "白城日报", editions: 1, pages: 1, firstDate: "2022-08-16" });
  });

  it("re-ingesting the same page changes nothing", () => {
    archive = tempArchive();
    const first = archive.ingestPage(seedPage(), SEED_TEXT);
    const before = archive.stats();
    const again = archive.ingestPage(seedPage(), SEED_TEXT);
    expect(again).toMatchObject({ status: "unchanged", pageId: first.pageId });
    expect(archive.stats()).toEqual(before);
    expect(archive.people().map((p) => p.roles)).toEqual(archive.people().map((p) => p.roles));
    expect(archive.people().find((p) => p.name === "张磊")!.roles.reporter).toBe(3);
  });

  it("a changed page replaces the old one and keeps it in history", () => {
    archive = tempArchive();
    const first = archive.ingestPage(seedPage(), SEED_TEXT);
    const replaced = archive.ingestPage(seedPage(changedSeed()), changedSeed());
    expect(replaced).toMatchObject({ status: "replaced", pageId: first.pageId });
    expect(archive.page(first.pageId!)!.source).toBe(changedSeed());
    const history = archive.db.prepare("SELECT revision, source FROM page_history WHERE page_id = ?").all(first.pageId) as { revision: number; source: string }[];
    expect(history).toEqual([{ revision: 1, source: SEED_TEXT }]);
    expect(archive.stats().pages).toBe(1);
    expect(archive.search({ q: "木板烫画展" }).hits[0].headline).toBe("白城市文化中心举办木板烫画展");
    expect(archive.search({ q: '"举办烫画展"' }).total).toBe(0);
  });

  it("unchanged articles keep their ids across a replace; an editor's correction survives", () => {
    archive = tempArchive();
    const { pageId } = archive.ingestPage(seedPage(), SEED_TEXT);
    const ids = archive.page(pageId!)!.articleIds;
    const target = archive.article(ids[1])!;
    archive.correctArticle(ids[1], { article: { ...target.article, headline: "快乐暑假(更正)" }, author: "editor", note: "headline" });
    archive.ingestPage(seedPage(changedSeed()), changedSeed());
    const after = archive.page(pageId!)!;
    expect(after.articleIds.slice(0, 5)).toEqual(ids.slice(0, 5));
    expect(archive.article(ids[1])!.article.headline).toBe("快乐暑假(更正)");
    expect(after.parsed.articles[1].headline).toBe("快乐暑假(更正)");
  });

  it("a corrected article whose source changed is kept, flagged stale and out of search", () => {
    archive = tempArchive();
    const { pageId } = archive.ingestPage(seedPage(), SEED_TEXT);
    const ids = archive.page(pageId!)!.articleIds;
    const last = ids[ids.length - 1];
    const stored = archive.article(last)!;
    archive.correctArticle(last, { article: { ...stored.article, headline: "烫画展开幕" }, author: "editor" });
    const outcome = archive.ingestPage(seedPage(changedSeed()), changedSeed());
    expect(outcome.staleCorrections).toEqual([last]);
    const stale = archive.article(last)!;
    expect(stale.status).toBe("stale");
    expect(stale.article.headline).toBe("烫画展开幕");
    expect(archive.page(pageId!)!.articleIds).not.toContain(last);
    expect(archive.search({ q: "烫画展开幕" }).total).toBe(0);
  });

  it("corrections are versions: correct, restore, split, merge; the source never changes", () => {
    archive = tempArchive();
    const { pageId } = archive.ingestPage(seedPage(), SEED_TEXT);
    const [firstId] = archive.page(pageId!)!.articleIds;
    const original = archive.article(firstId)!.article;
    const corrected = archive.correctArticle(firstId, { article: { ...original, headline: "统战工作创新发展" }, author: "韩编辑", note: "shorter" });
    expect(corrected).toMatchObject({ version: 2, versions: 2 });
    expect(archive.search({ q: "统战工作创新发展" }).hits[0].articleId).toBe(firstId);
    const restored = archive.restoreArticle(firstId, 1, "韩编辑");
    expect(restored).toMatchObject({ version: 3, versions: 3 });
    expect(restored.article.headline).toBe(original.headline);
    expect(archive.articleVersions(firstId).map((v) => [v.version, v.author, v.note])).toEqual([
      [1, "parser", null], [2, "韩编辑", "shorter"], [3, "韩编辑", "restored version 1"],
    ]);
    expect(archive.article(firstId, 2)!.article.headline).toBe("统战工作创新发展");

    const count = archive.page(pageId!)!.articleIds.length;
    const [head, tail] = archive.splitArticle(firstId, 2, "韩编辑");
    expect(head.article.body).toHaveLength(2);
    expect(tail.article.body).toHaveLength(original.body.length - 2);
    expect(head.nextId).toBe(tail.id);
    expect(archive.page(pageId!)!.articleIds).toHaveLength(count + 1);
    const merged = archive.mergeWithNext(firstId, "韩编辑");
    expect(merged.article.body).toHaveLength(original.body.length);
    expect(archive.article(tail.id)!.status).toBe("merged");
    expect(archive.page(pageId!)!.articleIds).toHaveLength(count);
    expect(archive.page(pageId!)!.source).toBe(SEED_TEXT);
    expect(() => archive.splitArticle(firstId, 0, "x")).toThrow(/split/);
    expect(() => archive.correctArticle(firstId, { article: { ...original, confidence: 2 }, author: "x" })).toThrow(/invalid article/);
  });

  it("counts people by role, one per paper and normalised name", () => {
    archive = tempArchive();
    archive.ingestPage(seedPage(), SEED_TEXT);
    const other = SEED_TEXT.replace(/张磊/g, "张 磊");
    archive.ingestPage(seedPage(other, { paper: "白城日报", date: "2022-08-17", page: "2" }), other);
    archive.ingestPage(seedPage(SEED_TEXT, { paper: "青水日报", date: "2022-08-16", page: "2" }), SEED_TEXT);
    const baicheng = archive.people({ paper: "白城日报" });
    const zhang = baicheng.filter((p) => p.name.replace(/\s/g, "") === "张磊");
    expect(zhang).toHaveLength(1);
    expect(zhang[0]).toMatchObject({ articles: 6, roles: { reporter: 6 } });
    expect(baicheng.find((p) => p.name === "潘晨昱")!.roles).toEqual({ photographer: 2 });
    expect(baicheng.find((p) => p.name === "刘鑫宇")!.roles).toEqual({ author: 2 });
    expect(archive.people({ paper: "青水日报" }).find((p) => p.name === "张磊")).toMatchObject({ articles: 3 });
    const detail = archive.person(zhang[0].id)!;
    expect(detail.articleCount).toBe(6);
    expect(detail.articles.map((a) => a.date)).toContain("2022-08-17");
  });

  it("refuses a page without paper, date or page, storing nothing", () => {
    archive = tempArchive();
    expect(() => archive.ingestPage(seedPage(SEED_TEXT, { paper: "白城日报", date: null, page: "2" } as never), SEED_TEXT)).toThrow(/no date/);
    expect(archive.stats()).toMatchObject({ papers: 0, pages: 0, articles: 0 });
  });
});
