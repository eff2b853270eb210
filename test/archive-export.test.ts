import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { exportArchive, newsArticleJsonLd, type Archive, type ExportFormat } from "../src/archive/index.js";
import { csvField } from "../src/archive/export.js";
import { seedPage, SEED_TEXT, tempArchive, tempDir } from "./archive-helpers.js";

let archive: Archive;
afterEach(() => archive?.close());

async function exported(format: ExportFormat): Promise<string> {
  let text = "";
  const stdout = new Writable({ write(chunk, _encoding, done) { text += chunk; done(); } });
  await exportArchive(archive, { format, stdout });
  return text;
}

function seeded(): Archive {
  archive = tempArchive();
  archive.ingestPage(seedPage(), SEED_TEXT);
  return archive;
}

describe("archive export", () => {
  it("jsonl: one banmian.page/1 per line, corrections applied", async () => {
    seeded();
    const [id] = archive.page(1)!.articleIds;
    archive.correctArticle(id, { article: { ...archive.article(id)!.article, headline: "更正后的标题" }, author: "ed" });
    const lines = (await exported("jsonl")).trim().split("\n");
    expect(lines).toHaveLength(1);
    const page = JSON.parse(lines[0]);
    expect(page.schema).toBe("banmian.page/1");
    expect(page.articles[0].headline).toBe("更正后的标题");
  });

  it("jsonld: schema.org NewsArticle with headline, alternativeHeadline, author, date, body and issue", async () => {
    seeded();
    const doc = JSON.parse(await exported("jsonld"));
    expect(doc["@context"]).toBe("https://schema.org");
    const power = doc["@graph"].find((node: { headline: string }) => node.headline === "主动服务保供电 点亮城市夜经济");
    expect(power).toMatchObject({
      "@type": "NewsArticle",
      alternativeHeadline: "国网白城供电公司:",
      author: { "@type": "Person", name: "刘鑫宇" },
      datePublished: "2022-08-16",
      printPage: "2",
      isPartOf: { "@type": "PublicationIssue", datePublished: "2022-08-16", pageStart: "2", isPartOf: { "@type": "Periodical", name: "白城日报" } },
    });
    expect(power.articleBody).toContain("夜经济");
    const stored = archive.article(archive.page(1)!.articleIds[0])!;
    expect(newsArticleJsonLd(stored, { url: "https://x/a/1" }).author).toEqual([
      { "@type": "Person", name: "张磊" }, { "@type": "Person", name: "尹雪" },
    ]);
  });

  it("csv: RFC 4180 quoting of commas, quotes and line breaks", async () => {
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    seeded();
    const [id] = archive.page(1)!.articleIds;
    archive.correctArticle(id, { article: { ...archive.article(id)!.article, headline: 'A, "B"\nC' }, author: "ed" });
    const csv = await exported("csv");
    expect(csv.split("\r\n")[0]).toBe("id,paper,date,page,position,version,kicker,headline,subheadline,dateline,byline,people,body");
    expect(csv).toContain('"A, ""B""\nC"');
    expect(csv.split("\r\n").filter((line) => /^\d+,白城日报,/.test(line))).toHaveLength(archive.page(1)!.articleIds.length);
  });

  it("md: one file per edition with --out", async () => {
    seeded();
    const out = tempDir();
    const summary = await exportArchive(archive, { format: "md", out });
    expect(summary).toMatchObject({ pages: 1, files: [join(out, "白城日报", "2022-08-16.md")] });
    const md = readFileSync(summary.files[0], "utf8");
    expect(md).toMatch(/^# 白城日报 2022-08-16\n\n## 第2版/);
    expect(md).toContain("### 主动服务保供电 点亮城市夜经济");
    expect(md).toContain("*国网白城供电公司:*");
  });
});
