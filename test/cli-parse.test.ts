import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodePageBytes } from "../src/source/decode.js";

const BIN = new URL("../bin/banmian.js", import.meta.url).pathname;
const SEED = new URL("../eval/gold/baicheng-daily-2022-08-page.txt", import.meta.url).pathname;
const seedText = readFileSync(SEED, "utf8");
const SCANNED_PDF = new URL("../eval/pdf/scanned.pdf", import.meta.url).pathname;
const SEED_PDF = new URL("../eval/pdf/baicheng-daily-2022-08-page.pdf", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "banmian-parse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
}

function writeTemp(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("banmian parse", () => {
  it("prints banmian.page/1 JSON with the edition given on the command line", () => {
    const page = JSON.parse(execFileSync(process.execPath, [BIN, "parse", SEED, "--paper", "白城日报", "--date", "2022-08-16", "--page", "3"], { encoding: "utf8" }));
    expect(page.schema).toBe("banmian.page/1");
    expect(page.edition).toMatchObject({ paper: "白城日报", date: "2022-08-16", page: "3" });
    expect(page.articles).toHaveLength(6);
    expect(page.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("renders Markdown and clean text", () => {
    const md = run("parse", SEED, "--format", "md").stdout;
    expect(md).toContain("## 快乐暑假");
    expect(md).toContain("**抓党的领导,政策措施落实到位。**");
    const text = run("parse", SEED, "--format", "text").stdout;
    expect(text).toContain("接线情况,对线路");
    expect(text).not.toContain("接线情\n");
  });

  it("decodes GB18030, UTF-16 and UTF-8 with a BOM to the same articles", () => {
    const gb = writeTemp("gb.txt", Buffer.from(new TextEncoderGb().encode(seedText)));
    const utf16 = writeTemp("u16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, "utf16le")]));
    const bom = writeTemp("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]));
    for (const [path, encoding] of [[gb, "gb18030"], [utf16, "utf-16le"], [bom, "utf-8-bom"]]) {
      const page = JSON.parse(run("parse", path).stdout);
      expect(page.source.encoding).toBe(encoding);
      expect(page.articles.map((article: { headline: string }) => article.headline)[1]).toBe("快乐暑假");
    }
  });

  it.each([
    ["a missing file", ["parse", join(dir, "nope.txt")], /no such file/],
    ["an empty file", ["parse", "EMPTY"], /empty/],
    ["a binary file", ["parse", "BINARY"], /binary/],
    ["a bad format", ["parse", SEED, "--format", "xml"], /unknown format/],
    ["a bad date", ["parse", SEED, "--date", "16/08/2022"], /YYYY-MM-DD/],
    ["a scanned PDF page", ["parse", SCANNED_PDF], /needs OCR/],
  ])("refuses %s with one line and a non-zero exit", (_name, args, message) => {
    const resolved = args.map((arg) => (arg === "EMPTY" ? writeTemp("empty.txt", "") : arg === "BINARY" ? writeTemp("bin.dat", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0xff])) : arg));
    const result = run(...resolved);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe("banmian ingest with PDFs", () => {
  it("stores the text page with its image, lists the scanned page as needing OCR and exits non-zero", () => {
    const db = join(dir, "pdf.db");
    const result = run("ingest", SEED_PDF, SCANNED_PDF, "--paper", "白城日报", "--date", "2022-08-16", "--db", db);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/added\s+\S*baicheng-daily-2022-08-page\.pdf#1/);
    expect(result.stdout + result.stderr).toMatch(/scanned\.pdf#1.*needs OCR/);
    const stats = run("stats", "--db", db);
    expect(stats.stdout).toMatch(/articles\D+6\b/);
  });
});

describe("decoding", () => {
  it("passes Traditional Chinese through untouched", () => {
    const text = "颱風「海燕」逼近 天文台考慮改發八號風球？\n\n記者 李嘉欣";
    expect(decodePageBytes(Buffer.from(text)).text).toBe(text);
  });
  it("refuses bytes that are no known encoding", () => {
    expect(() => decodePageBytes(Uint8Array.from([0xff, 0xff, 0xfe, 0x80, 0x81, 0xff]), "x")).toThrow(/decode|binary/);
  });
});

/** GB18030 encoding through iconv-free means: Node decodes GB18030 but cannot encode it, so map by decoding every two-byte code. */
class TextEncoderGb {
  private static table: Map<string, number[]> | null = null;
  encode(text: string): Uint8Array {
    const table = TextEncoderGb.build();
    const bytes: number[] = [];
    for (const char of text) {
      if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
      else {
        const code = table.get(char);
        if (!code) throw new Error(`no GB18030 code for ${char}`);
        bytes.push(...code);
      }
    }
    return Uint8Array.from(bytes);
  }
  private static build(): Map<string, number[]> {
    if (this.table) return this.table;
    const decoder = new TextDecoder("gb18030");
    const table = new Map<string, number[]>();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(Uint8Array.from([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
    this.table = table;
    return table;
  }
}
