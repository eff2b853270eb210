import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.js";
import { SEED_TEXT, tempDir } from "./archive-helpers.js";

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

function run(...args: string[]) {
  const errors: string[] = [];
  const lines: string[] = [];
  const progress: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
  vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (progress.push(String(chunk)), true));
  return main(["node", "banmian", ...args]).then(() => ({ code: process.exitCode, errors, lines, progress }));
}

function seedFolder(): { root: string; db: string } {
  const root = tempDir();
  mkdirSync(join(root, "白城日报", "2022-08-16"), { recursive: true });
  writeFileSync(join(root, "白城日报", "2022-08-16", "02.txt"), SEED_TEXT);
  return { root, db: join(root, "x.db") };
}

describe("entity commands", () => {
  it("ingest --no-enrich, then enrich with progress; entities --type place lists the divisions with their codes", async () => {
    const { root, db } = seedFolder();
    expect((await run("ingest", join(root, "白城日报"), "--db", db, "--no-enrich")).code).toBeFalsy();
    expect((await run("entities", "--db", db)).lines).toEqual([]);
    const enriched = await run("enrich", "--db", db, "--paper", "白城日报");
    expect(enriched.code).toBeFalsy();
    expect(enriched.lines[0]).toMatch(/^\d+ articles enriched: \d+ mentions, \d+ entities/);
    expect(enriched.progress.join("")).toMatch(/enriching \d+ articles/);
    const places = (await run("entities", "--db", db, "--type", "place")).lines;
    for (const [name, code] of [["洮北区", "220802"], ["洮南市", "220881"], ["镇赉县", "220821"], ["大安市", "220882"]]) {
      expect(places.find((line) => line.startsWith(`${name}\t`) || line.startsWith(`${name} (`)), name).toContain(`\t${code}\t吉林省›白城市›${name}`);
    }
    expect(places.every((line) => line.includes("\tplace\t"))).toBe(true);
  });

  it("ingest enriches by default; entities --format json and search --org / --place filter", async () => {
    const { root, db } = seedFolder();
    await run("ingest", join(root, "白城日报"), "--db", db);
    const orgs = JSON.parse((await run("entities", "--db", db, "--type", "organisation", "--limit", "500", "--format", "json")).lines[0]);
    expect(orgs.map((org: { name: string }) => org.name)).toEqual(expect.arrayContaining(["白城市委统战部", "国网白城供电公司", "白城市美术馆"]));
    const byPlace = JSON.parse((await run("search", "供电", "--db", db, "--place", "洮南市", "--format", "json")).lines[0]);
    expect(byPlace.hits.map((hit: { headline: string }) => hit.headline)).toEqual(["主动服务保供电 点亮城市夜经济"]);
    const byOrg = JSON.parse((await run("search", "统战", "--db", db, "--org", "市委统战部", "--format", "json")).lines[0]);
    expect(byOrg.total).toBe(1);
  });

  it("refuses an unknown --type and a missing archive with one line", async () => {
    const { root, db } = seedFolder();
    await run("ingest", join(root, "白城日报"), "--db", db, "--no-enrich");
    expect((await run("entities", "--db", db, "--type", "thing")).errors).toEqual([expect.stringMatching(/^banmian: unknown entity type "thing"/)]);
    expect((await run("enrich", "--db", join(root, "none.db"))).errors).toEqual([expect.stringMatching(/^banmian: no archive at/)]);
  });
});
