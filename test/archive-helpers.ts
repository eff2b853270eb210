import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openArchive, type Archive } from "../src/archive/index.js";
import type { ArchiveOptions } from "../src/archive/archive.js";
import type { Page } from "../src/model/page.js";
import { parsePage } from "../src/parse/index.js";

export const GOLD = join(import.meta.dirname, "..", "eval", "gold");
export const SEED_TEXT = readFileSync(join(GOLD, "baicheng-daily-2022-08-page.txt"), "utf8");
export const SEED_META = { paper: "白城日报", date: "2022-08-16", page: "2" };

const tempDirs: string[] = [];
afterAll(() => tempDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "banmian-archive-"));
  tempDirs.push(dir);
  return dir;
}

export function tempArchive(options: ArchiveOptions = {}): Archive {
  return openArchive(join(tempDir(), "test.db"), options);
}

export function seedPage(text = SEED_TEXT, meta = SEED_META): Page {
  return parsePage(text, meta);
}
