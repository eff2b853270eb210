import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../model/page.js";
import { articleText } from "./index.js";
import type { ArticleEntities, Mentions } from "./types.js";

/** The texts of one page's articles, as sent to a worker (texts clone faster than articles). */
export interface EnrichJob {
  id: number;
  texts: string[];
  editionDate?: string;
}

export type EnrichReply = { id: number; mentions: Mentions[] } | { id: number; error: string };

interface PendingJob {
  resolve: (mentions: Mentions[]) => void;
  reject: (error: Error) => void;
}

/** Run from the TypeScript sources (the tests), the worker is the built one: `npm test` builds first. */
function workerScript(): URL {
  return import.meta.url.endsWith(".ts") ? new URL("../../dist/enrich/worker.js", import.meta.url) : new URL("./worker.js", import.meta.url);
}

/**
 * `enrichArticle` on worker threads, so that entity extraction runs beside the archive's writes
 * instead of before them. A job is posted at once to the worker with the fewest jobs in hand, so a
 * worker always has its next page queued even while this thread is busy writing and cannot answer.
 * A worker that dies fails its jobs and is replaced.
 */
export class EnrichPool {
  private readonly jobs = new Map<Worker, Map<number, PendingJob>>();
  /** Workers that have answered a job: one of them that dies is replaced. */
  private readonly proven = new WeakSet<Worker>();
  private startFailure: Error | undefined;
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size = availableParallelism(),
    private readonly script = workerScript(),
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** The entities of every article of a page, in article order, as `enrichArticle` gives them; dates resolve against `editionDate`. */
  async enrich(articles: Article[], editionDate?: string | null): Promise<ArticleEntities[]> {
    const texts = articles.map(articleText);
    const mentions = await this.extract(texts, editionDate ?? undefined);
    return articles.map((article, i) => ({ articleId: article.id, text: texts[i], mentions: mentions[i] }));
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.jobs.keys()];
    for (const worker of workers) this.fail(worker, new Error("the enrichment pool is closed"));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private extract(texts: string[], editionDate?: string): Promise<Mentions[]> {
    if (this.closed) return Promise.reject(new Error("the enrichment pool is closed"));
    if (this.jobs.size === 0) return Promise.reject(new Error(`no enrichment worker could start: ${this.startFailure?.message}`));
    const [worker, inHand] = [...this.jobs].reduce((least, entry) => (entry[1].size < least[1].size ? entry : least));
    const job: EnrichJob = { id: this.nextId++, texts, editionDate };
    return new Promise((resolve, reject) => {
      inHand.set(job.id, { resolve, reject });
      if (inHand.size === 1) worker.ref();
      worker.postMessage(job);
    });
  }

  /** An idle worker does not keep the process alive; one with jobs in hand does until they are answered. */
  private spawn(): void {
    const worker = new Worker(this.script);
    worker.unref();
    this.jobs.set(worker, new Map());
    worker.on("message", (reply: EnrichReply) => this.settle(worker, reply));
    worker.on("error", (error) => this.lose(worker, error));
    worker.on("exit", (code) => this.lose(worker, new Error(`an enrichment worker stopped (exit code ${code})`)));
  }

  /**
   * A worker died: its jobs fail. It is replaced if it had worked; one that never answered could not
   * start (no build, a broken model), and another would fail the same way.
   */
  private lose(worker: Worker, error: Error): void {
    if (!this.jobs.has(worker)) return;
    this.fail(worker, error);
    if (this.closed) return;
    if (this.proven.has(worker)) this.spawn();
    else this.startFailure = error;
  }

  private settle(worker: Worker, reply: EnrichReply): void {
    const inHand = this.jobs.get(worker);
    const pending = inHand?.get(reply.id);
    if (!inHand || !pending) return;
    this.proven.add(worker);
    inHand.delete(reply.id);
    if (inHand.size === 0) worker.unref();
    if ("error" in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.mentions);
  }

  private fail(worker: Worker, error: Error): void {
    for (const pending of this.jobs.get(worker)?.values() ?? []) pending.reject(error);
    this.jobs.delete(worker);
  }
}
