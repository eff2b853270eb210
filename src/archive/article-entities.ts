import { enrichArticle, type ArticleEntities, type Mentions, type OrganisationMention, type PersonMention, type PlaceMention } from "../enrich/index.js";
import type { Article } from "../model/page.js";
import { sql, type Db } from "./db.js";
import { sentenceAt, sentenceSpans } from "./sentences.js";
import { normaliseName } from "./text.js";
import type { EntityType } from "./types.js";

/** Where an article lives: what its entities belong to and what its relative dates resolve against. */
export interface EnrichTarget {
  articleId: number;
  paperId: number;
  date: string;
}

interface EntityKey {
  type: EntityType;
  key: string;
  name: string;
  kind: "division" | "site" | null;
  code: string | null;
  path: string | null;
}

/** A mention row; columns it lacks (those of other mention types) are NULL. */
type MentionRow = Partial<Record<(typeof MENTION_COLUMNS)[number], string | number | null>>;

/**
 * Replace an article's mentions with those found in its current text (or with `entities`, when they
 * were extracted ahead, off this thread); returns how many were stored.
 */
export function enrichStoredArticle(db: Db, target: EnrichTarget, article: Article, entities?: ArticleEntities): number {
  clearMentions(db, target.articleId);
  const { text, mentions } = entities ?? enrichArticle(article, target.date);
  const sentences = sentenceSpans(text);
  const rows = mentionRows(db, target.paperId, mentions);
  const insert = sql(db, `INSERT INTO mentions (${MENTION_COLUMNS.join(", ")}) VALUES (${MENTION_COLUMNS.map(() => "?").join(", ")})`);
  for (const row of rows) {
    const full: MentionRow = { ...row, article_id: target.articleId, sentence: sentenceAt(sentences, row.start as number) };
    insert.run(MENTION_COLUMNS.map((column) => full[column] ?? null));
  }
  return rows.length;
}

/** Take an article's mentions out (merged or stale articles). */
export function clearMentions(db: Db, articleId: number): void {
  sql(db, "DELETE FROM mentions WHERE article_id = ?").run(articleId);
}

const MENTION_COLUMNS = [
  "article_id", "entity_id", "type", "text", "start", "end", "sentence", "title", "value", "unit", "approx", "ordinal", "counts",
  "date_from", "date_to", "time_of_day", "resolved",
] as const;

interface Located {
  text: string;
  start: number;
  end: number;
}

function located(type: string, m: Located): MentionRow {
  return { type, text: m.text, start: m.start, end: m.end };
}

function mentionRows(db: Db, paperId: number, mentions: Mentions): MentionRow[] {
  const linked = (type: EntityType, m: Located, key: EntityKey | null, extra: MentionRow = {}): MentionRow[] =>
    key ? [{ ...located(type, m), entity_id: entityId(db, paperId, key), ...extra }] : [];
  return [
    ...mentions.people.flatMap((m) => linked("person", m, personKey(m), { title: m.title ?? null })),
    ...mentions.organisations.flatMap((m) => linked("organisation", m, organisationKey(m))),
    ...mentions.places.flatMap((m) => linked("place", m, placeKey(m))),
    ...mentions.quantities.map((m) => ({
      ...located("quantity", m),
      value: m.value, unit: m.unit, approx: Number(m.approx), ordinal: Number(m.ordinal ?? false), counts: m.counts ?? null,
    })),
    ...mentions.dates.map((m) => ({
      ...located("date", m),
      date_from: m.from ?? null, date_to: m.to ?? null, time_of_day: m.timeOfDay ?? null, resolved: Number(m.resolved),
    })),
  ];
}

function byName(type: EntityType, name: string): EntityKey | null {
  const key = normaliseName(name);
  return key ? { type, key, name: name.trim(), kind: null, code: null, path: null } : null;
}

function personKey(mention: PersonMention): EntityKey | null {
  return byName("person", mention.name);
}

/** An abbreviation that links to a full name is the full name's entity. */
function organisationKey(mention: OrganisationMention): EntityKey | null {
  return byName("organisation", mention.fullName ?? mention.name);
}

/** A resolved division is one entity per code, under its official name; other places go by name. */
function placeKey(mention: PlaceMention): EntityKey | null {
  const division = mention.division;
  if (division) {
    return { type: "place", key: division.code, name: division.path.at(-1) ?? mention.name, kind: "division", code: division.code, path: JSON.stringify(division.path) };
  }
  const key = byName("place", mention.name);
  return key && { ...key, kind: mention.kind };
}

/** The entity row for a key in a paper, created on first sight. */
function entityId(db: Db, paperId: number, entity: EntityKey): number {
  const found = sql(db, "SELECT id FROM entities WHERE paper_id = ? AND type = ? AND key = ?").get(paperId, entity.type, entity.key) as { id: number } | undefined;
  if (found) return found.id;
  return Number(
    sql(db, "INSERT INTO entities (paper_id, type, key, name, name_norm, kind, code, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(paperId, entity.type, entity.key, entity.name, normaliseName(entity.name), entity.kind, entity.code, entity.path).lastInsertRowid,
  );
}
