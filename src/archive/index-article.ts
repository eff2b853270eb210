import type { Article, Person } from "../model/page.js";
import { sql, type Db } from "./db.js";
import { bodyText, headlineText, normaliseName } from "./text.js";
import { indexText } from "./tokens.js";

/** The person row for a name in a paper, created on first sight. */
export function personId(db: Db, paperId: number, name: string): number {
  const norm = normaliseName(name);
  const found = sql(db, "SELECT id FROM people WHERE paper_id = ? AND name_norm = ?").get(paperId, norm) as { id: number } | undefined;
  if (found) return found.id;
  return Number(sql(db, "INSERT INTO people (paper_id, name, name_norm) VALUES (?, ?, ?)").run(paperId, name.trim(), norm).lastInsertRowid);
}

function linkPeople(db: Db, table: "article_people" | "item_people", column: string, ownerId: number, paperId: number, people: Person[]): void {
  const insert = sql(db, `INSERT OR IGNORE INTO ${table} (${column}, person_id, role) VALUES (?, ?, ?)`);
  for (const person of people) {
    if (normaliseName(person.name) === "") continue;
    insert.run(ownerId, personId(db, paperId, person.name), person.role);
  }
}

export function linkItemPeople(db: Db, itemId: number, paperId: number, people: Person[]): void {
  linkPeople(db, "item_people", "item_id", itemId, paperId, people);
}

/** Make the people links and the full-text row of an article match its current version. */
export function indexArticle(db: Db, articleId: number, paperId: number, article: Article): void {
  unindexArticle(db, articleId);
  linkPeople(db, "article_people", "article_id", articleId, paperId, article.people);
  const people = article.people.map((person) => person.name).join(" ");
  sql(db, "INSERT INTO articles_fts (rowid, headline, body, people) VALUES (?, ?, ?, ?)").run(
    articleId,
    indexText(headlineText(article)),
    indexText(bodyText(article)),
    indexText(people),
  );
}

/** Take an article out of search and people counts (merged or stale articles). */
export function unindexArticle(db: Db, articleId: number): void {
  sql(db, "DELETE FROM article_people WHERE article_id = ?").run(articleId);
  sql(db, "DELETE FROM articles_fts WHERE rowid = ?").run(articleId);
}
