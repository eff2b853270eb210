import Database from "better-sqlite3";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Archive, openArchive } from "../src/archive/archive.js";
import { migrate } from "../src/archive/migrate.js";
import { MIGRATIONS } from "../src/archive/migrations/index.js";
import { SEED_TEXT, seedPage, tempDir } from "./archive-helpers.js";

function indexNames(archive: Archive): string[] {
  return (archive.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
}

describe("schema migrations", () => {
  it("bring an archive written by an older banmian up to date, keeping its data", () => {
    const file = join(tempDir(), "old.db");
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 2));
    const before = new Archive(old);
    before.ingestPage(seedPage(), SEED_TEXT);
    const mentions = before.db.prepare("SELECT count(*) AS n FROM mentions").get();
    before.close();

    const archive = openArchive(file);
    expect(archive.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(archive.db.prepare("SELECT count(*) AS n FROM mentions").get()).toEqual(mentions);
    expect(indexNames(archive)).toEqual(["mentions_article", "mentions_entity", "mentions_organisation_text"]);
    expect(archive.search({ q: "统战", org: "市委统战部" }).total).toBe(1);
    const plan = archive.db.prepare("EXPLAIN QUERY PLAN SELECT entity_id FROM mentions WHERE type = 'organisation' AND text = ?").all("市委统战部");
    expect(JSON.stringify(plan)).toContain("mentions_organisation_text");
    archive.close();
  });

  it("refuse an archive from a newer banmian with a clear error", () => {
    const file = join(tempDir(), "new.db");
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openArchive(file)).toThrow(`archive schema version ${MIGRATIONS.length + 1} is newer than this banmian (${MIGRATIONS.length}); upgrade banmian`);
  });
});
