import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ingestFiles, openArchive, type Archive } from "../src/archive/index.js";
import { metaFromPath } from "../src/archive/edition-meta.js";
import { main } from "../src/cli/main.js";
import { parseFile } from "../src/parse/file.js";
import { GOLD, SEED_TEXT, tempDir } from "./archive-helpers.js";

let archive: Archive | undefined;
afterEach(() => {
  archive?.close();
  archive = undefined;
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

function put(root: string, path: string, content: string | Buffer): string {
  const file = join(root, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, content);
  return file;
}

describe("edition metadata from paths", () => {
  it.each([
    ["/x/白城日报/2022-08-16/02.txt", { paper: "白城日报", date: "2022-08-16", page: "2" }],
    ["/x/baicheng-daily/2022-08-16/A3.txt", { paper: "baicheng-daily", date: "2022-08-16", page: "A3" }],
    ["/x/downloads/20220816-02.txt", { date: "2022-08-16", page: "2" }],
    ["/x/downloads/page.txt", {}],
    ["/x/白城日报/20221332/02.txt", { page: "2" }],
  ])("%s", (path, meta) => expect(metaFromPath(path)).toEqual(meta));
});

describe("ingestFiles", () => {
  it("ingests folders and globs, GB18030 input included; a failing file does not stop the rest", async () => {
    const root = tempDir();
    put(root, "白城日报/2022-08-16/02.txt", SEED_TEXT);
    put(root, "白城日报/2022-08-16/03.txt", "");
    copyFileSync(join(GOLD, "beiyuan-daily-p4-guonei.txt"), put(root, "北原日报/2023-08-16/04.txt", ""));
    put(root, "loose/20220817-05.txt", SEED_TEXT.replace("快乐暑假", "快乐的暑假"));
    put(root, "sidecar/edition.json", JSON.stringify({ paper: "青水日报", date: "2023-08-16" }));
    put(root, "sidecar/A3.txt", SEED_TEXT);
    archive = openArchive(join(root, "a.db"));
    const summary = await ingestFiles(archive, [join(root, "白城日报"), join(root, "北原日报"), join(root, "loose"), `${root}/side*/*.txt`, join(root, "missing.txt")]);
    expect(summary).toMatchObject({ added: 3, unchanged: 0, replaced: 0 });
    expect(summary.failed.map((f) => [f.path.replace(root, ""), f.error])).toEqual([
      ["/missing.txt", "no such file or folder"],
      ["/白城日报/2022-08-16/03.txt", expect.stringContaining("empty")],
      ["/loose/20220817-05.txt", expect.stringContaining("no paper")],
    ]);
    expect(archive.papers().map((p) => p.paper).sort()).toEqual(["北原日报", "白城日报", "青水日报"].sort());
    const beiyuan = archive.edition("北原日报", "2023-08-16")!.pages[0];
    expect(archive.page(beiyuan.id)!.source).toContain("夏粮");
    expect(archive.search({ q: "夏粮", paper: "北原日报" }).total).toBeGreaterThan(0);
    const again = await ingestFiles(archive, [join(root, "白城日报"), join(root, "北原日报")]);
    expect(again).toMatchObject({ added: 0, unchanged: 2 });
  });

  it("a file that fails in the middle of its page leaves nothing half-written", async () => {
    const root = tempDir();
    const files = ["01", "02", "03"].map((page) => put(root, `白城日报/2022-08-16/${page}.txt`, SEED_TEXT));
    archive = openArchive(join(root, "a.db"));
    const breakSecond = async (path: string, meta: object) => {
      const parsed = await parseFile(path, meta);
      if (path === files[1]) (parsed[0].page.articles[3] as { people: unknown }).people = null;
      return parsed;
    };
    const summary = await ingestFiles(archive, [join(root, "白城日报")], { parseFile: breakSecond });
    expect(summary.added).toBe(2);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].path).toBe(files[1]);
    expect(archive.edition("白城日报", "2022-08-16")!.pages.map((p) => p.page)).toEqual(["1", "3"]);
    const perPage = archive.page(archive.edition("白城日报", "2022-08-16")!.pages[0].id)!.articleIds.length;
    expect(archive.stats().articles).toBe(2 * perPage);
    const orphans = archive.db.prepare("SELECT count(*) AS n FROM articles WHERE page_id NOT IN (SELECT id FROM pages)").get() as { n: number };
    expect(orphans.n).toBe(0);
  });

  it("--page with several files is refused; flags override what paths say", async () => {
    const root = tempDir();
    put(root, "a/01.txt", SEED_TEXT);
    put(root, "a/02.txt", SEED_TEXT);
    archive = openArchive(join(root, "a.db"));
    await expect(ingestFiles(archive, [join(root, "a")], { paper: "白城日报", date: "2022-08-16", page: "3" })).rejects.toThrow(/--page/);
    const summary = await ingestFiles(archive, [join(root, "a")], { paper: "白城日报", date: "2022-08-16" });
    expect(summary.added).toBe(2);
  });
});

describe("archive commands", () => {
  function run(...args: string[]) {
    const errors: string[] = [];
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    return main(["node", "banmian", ...args]).then(() => ({ code: process.exitCode, errors, lines }));
  }

  it("ingest, search, people, stats and export through the CLI", async () => {
    const root = tempDir();
    put(root, "白城日报/2022-08-16/02.txt", SEED_TEXT);
    const db = join(root, "data", "x.db");
    expect((await run("ingest", join(root, "白城日报"), "--db", db)).code).toBeFalsy();
    const search = await run("search", "统战", "--db", db, "--format", "json");
    expect(JSON.parse(search.lines[0]).hits[0].headline).toContain("统战");
    expect((await run("people", "--db", db)).lines.some((line) => line.startsWith("张磊"))).toBe(true);
    expect((await run("stats", "--db", db)).lines[0]).toMatch(/papers\s+1/);
    expect((await run("export", "--format", "csv", "--out", join(root, "out"), "--db", db)).code).toBeFalsy();
    expect(existsSync(join(root, "out", "articles.csv"))).toBe(true);
  });

  it("bad --db, a missing archive and a failed file give one-line errors and a non-zero exit", async () => {
    const root = tempDir();
    const folder = await run("search", "统战", "--db", root);
    expect(folder.code).not.toBe(0);
    expect(folder.errors).toEqual([expect.stringMatching(/^banmian: .*folder/)]);
    const missing = await run("stats", "--db", join(root, "none.db"));
    expect(missing.errors).toEqual([expect.stringMatching(/^banmian: no archive at/)]);
    expect(existsSync(join(root, "none.db"))).toBe(false);
    const notDb = put(root, "notes.db", "this is not a database at all, just some text in a file");
    expect((await run("stats", "--db", notDb)).errors).toEqual([expect.stringMatching(/^banmian: cannot open archive/)]);
    const failed = await run("ingest", join(root, "nothing-here.txt"), "--db", join(root, "y.db"));
    expect(failed.code).toBe(1);
  });
});
