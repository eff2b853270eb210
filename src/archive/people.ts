import type { Role } from "../model/page.js";
import { sql, type Db } from "./db.js";
import type { PersonSummary } from "./types.js";

interface RoleCountRow {
  id: number;
  paper: string;
  name: string;
  role: Role;
  count: number;
  articles: number;
}

const ROLE_COUNTS = `SELECT p.id, pa.name AS paper, p.name, l.role, count(*) AS count,
    (SELECT count(DISTINCT article_id) FROM article_people WHERE person_id = p.id) AS articles
  FROM (SELECT person_id, role FROM article_people UNION ALL SELECT person_id, role FROM item_people) l
  JOIN people p ON p.id = l.person_id JOIN papers pa ON pa.id = p.paper_id`;

function summarise(rows: RoleCountRow[]): PersonSummary[] {
  const byId = new Map<number, PersonSummary>();
  for (const row of rows) {
    const person = byId.get(row.id) ?? { id: row.id, paper: row.paper, name: row.name, roles: {}, articles: row.articles };
    person.roles[row.role] = row.count;
    byId.set(row.id, person);
  }
  return [...byId.values()];
}

function appearances(person: PersonSummary): number {
  return Object.values(person.roles).reduce((sum, count) => sum + (count ?? 0), 0);
}

/** People with at least one credited article or item, most credited first. */
export function listPeople(db: Db, opts: { paper?: string; limit?: number; offset?: number } = {}): PersonSummary[] {
  const where = opts.paper ? " WHERE pa.name = ?" : "";
  const rows = sql(db, `${ROLE_COUNTS}${where} GROUP BY p.id, l.role`).all(...(opts.paper ? [opts.paper] : [])) as RoleCountRow[];
  const offset = opts.offset ?? 0;
  return summarise(rows)
    .sort((a, b) => appearances(b) - appearances(a) || a.paper.localeCompare(b.paper) || a.name.localeCompare(b.name))
    .slice(offset, opts.limit === undefined ? undefined : offset + opts.limit);
}

export function readPerson(db: Db, id: number): PersonSummary | null {
  const rows = sql(db, `${ROLE_COUNTS} WHERE p.id = ? GROUP BY p.id, l.role`).all(id) as RoleCountRow[];
  if (rows.length > 0) return summarise(rows)[0];
  const bare = sql(db, "SELECT p.id, pa.name AS paper, p.name FROM people p JOIN papers pa ON pa.id = p.paper_id WHERE p.id = ?").get(id) as
    | { id: number; paper: string; name: string }
    | undefined;
  return bare ? { ...bare, roles: {}, articles: 0 } : null;
}
