import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { BanmianError } from "../model/errors.js";
import { migrate } from "./migrate.js";

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection. */
export function sql(db: Db, text: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = db.prepare(text)));
  return statement;
}

export interface OpenOptions {
  /** Refuse to create a new archive (for commands that only read). */
  mustExist?: boolean;
}

/** Open (or create) an archive database: WAL, foreign keys, schema migrated. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const inMemory = file === ":memory:";
  const existed = inMemory || existsSync(file);
  if (!existed && options.mustExist) throw new BanmianError(`no archive at ${file} (run banmian ingest first, or pass --db)`);
  if (existed && !inMemory && statSync(file).isDirectory()) throw new BanmianError(`${file} is a folder, not an archive file`);
  if (!inMemory) createFolder(dirname(file));
  let db: Db | undefined;
  try {
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (!existed) removeDatabaseFiles(file);
    if (error instanceof BanmianError) throw error;
    throw new BanmianError(`cannot open archive ${file}: ${(error as Error).message}`);
  }
}

/**
 * Create a folder and its missing parents one level at a time (Node's recursive mkdir spins
 * forever under /proc), so that every failure comes back as an error code.
 */
export function createFolder(folder: string): void {
  const missing: string[] = [];
  for (let at = resolve(folder); !existsSync(at); at = dirname(at)) missing.unshift(at);
  try {
    for (const level of missing) mkdirSync(level);
  } catch (error) {
    throw new BanmianError(`cannot create folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
