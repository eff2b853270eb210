import type Database from "better-sqlite3";
import { BanmianError } from "../model/errors.js";
import { MIGRATIONS } from "./migrations/index.js";

/** Apply every migration newer than the database's `user_version`, each in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly string[] = MIGRATIONS): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > migrations.length) {
    throw new BanmianError(`archive schema version ${current} is newer than this banmian (${migrations.length}); upgrade banmian`);
  }
  for (let version = current + 1; version <= migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version - 1]);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
