import { enrichStoredArticle } from "./article-entities.js";
import { sql, type Db } from "./db.js";
import { countEntities } from "./entities.js";
import { articleVersionData } from "./read.js";
import type { EnrichOptions, EnrichSummary } from "./types.js";

/** Articles enriched per transaction; only one batch is held in memory at a time. */
const BATCH_SIZE = 100;

interface LiveArticle {
  id: number;
  version: number;
  paper_id: number;
  date: string;
}

const LIVE_ARTICLES = `FROM articles a JOIN pages pg ON pg.id = a.page_id JOIN editions e ON e.id = pg.edition_id JOIN papers pa ON pa.id = e.paper_id
  WHERE a.status = 'live'`;

/**
 * Extract the entities of every live article again (of one paper, with `paper`), in batches of one
 * transaction each, walking the articles by id; entities no article names any more are removed.
 */
export function enrichArchive(db: Db, options: EnrichOptions = {}): EnrichSummary {
  const started = performance.now();
  const paperClause = options.paper ? " AND pa.name = ?" : "";
  const paperParams = options.paper ? [options.paper] : [];
  const { total } = sql(db, `SELECT count(*) AS total ${LIVE_ARTICLES}${paperClause}`).get(...paperParams) as { total: number };
  const nextBatch = sql(db, `SELECT a.id, a.version, e.paper_id, e.date ${LIVE_ARTICLES}${paperClause} AND a.id > ? ORDER BY a.id LIMIT ?`);
  options.progress?.start(total);
  let done = 0;
  let mentions = 0;
  for (let after = 0; ; ) {
    const batch = nextBatch.all(...paperParams, after, BATCH_SIZE) as LiveArticle[];
    if (batch.length === 0) break;
    mentions += db.transaction(() => batch.reduce((sum, row) => sum + enrichRow(db, row), 0))();
    after = batch[batch.length - 1].id;
    done += batch.length;
    options.progress?.update(done, total);
  }
  removeUnnamedEntities(db);
  options.progress?.finish();
  return { articles: done, mentions, entities: countEntities(db, { paper: options.paper }), seconds: (performance.now() - started) / 1000 };
}

function enrichRow(db: Db, row: LiveArticle): number {
  return enrichStoredArticle(db, { articleId: row.id, paperId: row.paper_id, date: row.date }, articleVersionData(db, row.id, row.version)!);
}

function removeUnnamedEntities(db: Db): void {
  sql(db, "DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)").run();
}
