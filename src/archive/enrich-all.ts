import type { ArticleEntities } from "../enrich/index.js";
import { EnrichPool } from "../enrich/pool.js";
import type { Article } from "../model/page.js";
import { enrichStoredArticle, type EnrichTarget } from "./article-entities.js";
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

/** Archives with this many live articles or more are enriched on worker threads (see `EnrichPool`). */
export const POOL_MIN_ARTICLES = 100;

interface BatchArticle {
  row: LiveArticle;
  article: Article;
}

/**
 * Extract the entities of every live article again (of one paper, with `paper`), in batches of one
 * transaction each, walking the articles by id; entities no article names any more are removed. In a
 * large archive the next batch is extracted on worker threads while the current one is written.
 */
export async function enrichArchive(db: Db, options: EnrichOptions = {}): Promise<EnrichSummary> {
  const started = performance.now();
  const paperClause = options.paper ? " AND pa.name = ?" : "";
  const paperParams = options.paper ? [options.paper] : [];
  const { total } = sql(db, `SELECT count(*) AS total ${LIVE_ARTICLES}${paperClause}`).get(...paperParams) as { total: number };
  const nextBatch = sql(db, `SELECT a.id, a.version, e.paper_id, e.date ${LIVE_ARTICLES}${paperClause} AND a.id > ? ORDER BY a.id LIMIT ?`);
  const readBatch = (after: number): BatchArticle[] =>
    (nextBatch.all(...paperParams, after, BATCH_SIZE) as LiveArticle[]).map((row) => ({ row, article: articleVersionData(db, row.id, row.version)! }));
  const pool = total >= POOL_MIN_ARTICLES ? new EnrichPool() : undefined;
  options.progress?.start(total);
  let done = 0;
  let mentions = 0;
  try {
    let batch = readBatch(0);
    let extracted = extractAhead(pool, batch);
    while (batch.length > 0) {
      const following = readBatch(batch[batch.length - 1].row.id);
      const extractedFollowing = extractAhead(pool, following);
      const entities = await extracted;
      mentions += db.transaction(() => batch.reduce((sum, { row, article }, i) => sum + enrichStoredArticle(db, enrichTarget(row), article, entities?.[i]), 0))();
      done += batch.length;
      options.progress?.update(done, total);
      [batch, extracted] = [following, extractedFollowing];
    }
  } finally {
    await pool?.close();
  }
  removeUnnamedEntities(db);
  options.progress?.finish();
  return { articles: done, mentions, entities: countEntities(db, { paper: options.paper }), seconds: (performance.now() - started) / 1000 };
}

/** The batch's entities from the pool; without one (or if it fails) each article is extracted inline when it is stored. */
function extractAhead(pool: EnrichPool | undefined, batch: BatchArticle[]): Promise<ArticleEntities[] | undefined> {
  if (!pool || batch.length === 0) return Promise.resolve(undefined);
  return Promise.all(batch.map(({ row, article }) => pool.enrich([article], row.date).then(([entities]) => entities))).catch(() => undefined);
}

function enrichTarget(row: LiveArticle): EnrichTarget {
  return { articleId: row.id, paperId: row.paper_id, date: row.date };
}

function removeUnnamedEntities(db: Db): void {
  sql(db, "DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)").run();
}
