import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, PageMeta } from "../model/page.js";
import { iterateGeneratedPages, pageFromGold } from "../eval/generate.js";
import type { EnrichPool } from "../enrich/pool.js";
import { openArchive, type Archive } from "./archive.js";
import { IngestQueue } from "./ingest-queue.js";

export interface IngestBench {
  pages: number;
  articles: number;
  seconds: number;
  pagesPerSecond: number;
  /** CPU time of all threads (the pool's workers too) per page. */
  cpuMsPerPage: number;
  /** Resident memory (MiB) after each quarter of the batch: flat means no growth with the batch. */
  rssMiB: number[];
}

export interface SearchBench {
  queries: number;
  medianMs: number;
  p95Ms: number;
}

export interface ArchiveBench {
  articles: number;
  ingest: IngestBench;
  search: SearchBench;
  dbMiB: number;
}

export const BENCH_QUERIES = ["统战", "夜经济", "张磊", '"专精特新"', "供电", "夜市", "乡村振兴", "高温 防暑", "项目建设", "文物", "留守儿童", "招聘会"];

export type PageParser = (text: string, meta: PageMeta) => Page;

/** Ingest generated pages until `articles` articles are stored; with `parse`, the parser's time is included; with `pool`, entities are extracted on its workers. */
export async function benchIngest(archive: Archive, articles: number, options: { seed?: number; parse?: PageParser; pool?: EnrichPool } = {}): Promise<IngestBench> {
  const rssMiB: number[] = [];
  let stored = 0;
  let pages = 0;
  let nextQuarter = articles / 4;
  const queue = new IngestQueue(archive, () => {}, options.pool);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const generated of iterateGeneratedPages(Number.MAX_SAFE_INTEGER, options.seed ?? 1)) {
    if (stored >= articles) break;
    const page = options.parse ? options.parse(generated.text, generated.meta) : pageFromGold(generated.gold, generated.text, generated.meta);
    await queue.add({ page, source: generated.text, path: `${generated.meta.paper}/${generated.meta.date}/${generated.meta.page}` });
    stored += page.articles.length;
    pages += 1;
    if (stored >= nextQuarter) {
      rssMiB.push(Math.round(process.memoryUsage().rss / 2 ** 20));
      nextQuarter += articles / 4;
    }
  }
  await queue.flush();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { pages, articles: stored, seconds, pagesPerSecond: pages / seconds, cpuMsPerPage: (cpu.user + cpu.system) / 1000 / pages, rssMiB };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** Run each query `rounds` times (first-page searches with total count and snippets) and time them. */
export function benchSearch(archive: Archive, queries = BENCH_QUERIES, rounds = 20): SearchBench {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const started = performance.now();
      archive.search({ q, limit: 20 });
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { queries: times.length, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
}

export interface ArchiveBenchOptions {
  seed?: number;
  parse?: PageParser;
  /** Extract entities on these worker threads while pages are written. */
  pool?: EnrichPool;
  /** Extract entities at ingest (default true), to measure what enrichment costs. */
  enrich?: boolean;
}

/** Ingest `articles` generated articles into a fresh archive in a temp folder, then time searches. */
export async function runArchiveBench(articles: number, options: ArchiveBenchOptions = {}): Promise<ArchiveBench> {
  const folder = mkdtempSync(join(tmpdir(), "banmian-bench-"));
  const archive = openArchive(join(folder, "bench.db"), { enrich: options.enrich });
  try {
    const ingest = await benchIngest(archive, articles, options);
    archive.db.pragma("wal_checkpoint(TRUNCATE)");
    const search = benchSearch(archive);
    const { page_count: pageCount, page_size: pageSize } = {
      page_count: archive.db.pragma("page_count", { simple: true }) as number,
      page_size: archive.db.pragma("page_size", { simple: true }) as number,
    };
    return { articles: ingest.articles, ingest, search, dbMiB: Math.round((pageCount * pageSize) / 2 ** 20) };
  } finally {
    archive.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
