import type { ArticleEntities } from "../enrich/index.js";
import type { EnrichPool } from "../enrich/pool.js";
import { BanmianError } from "../model/errors.js";
import type { Page } from "../model/page.js";
import type { Archive } from "./archive.js";
import type { IngestOutcome, PageImage } from "./types.js";

/** A parsed page on its way into the archive; `path` names it in the outcome. */
export interface PageToStore {
  page: Page;
  source: string;
  image?: PageImage;
  path: string;
}

interface WaitingPage {
  entry: PageToStore;
  extracted: Promise<ArticleEntities[] | undefined>;
}

/** The outcome of a page or file that could not be stored, with a one-line reason. */
export function failedOutcome(path: string, error: unknown): IngestOutcome {
  if (error instanceof BanmianError) return { status: "failed", path, error: error.message };
  return { status: "failed", path, error: `unexpected error: ${(error as Error).message ?? String(error)}` };
}

/**
 * Stores pages in the order they are added, one transaction each. With a pool, a page's entities are
 * extracted on worker threads from the moment it is added while the pages before it are written; at
 * most `ahead` pages wait. Without one, every page is stored (and enriched) as it is added.
 */
export class IngestQueue {
  private readonly waiting: WaitingPage[] = [];

  constructor(
    private readonly archive: Archive,
    private readonly onStored: (outcome: IngestOutcome) => void,
    private readonly pool?: EnrichPool,
    private readonly ahead = 4 * (pool?.size ?? 0),
  ) {}

  async add(entry: PageToStore): Promise<void> {
    this.waiting.push({ entry, extracted: this.extractAhead(entry) });
    while (this.waiting.length > this.ahead) await this.storeOldest();
  }

  async flush(): Promise<void> {
    while (this.waiting.length > 0) await this.storeOldest();
  }

  /** Unchanged pages are not enriched again; a failed extraction is left to the page's own transaction, which retries it inline. */
  private extractAhead({ page, source }: PageToStore): Promise<ArticleEntities[] | undefined> {
    if (!this.pool || !this.archive.enrichOnIngest || this.archive.hasPage(page, source)) return Promise.resolve(undefined);
    return this.pool.enrich(page.articles, page.edition.date).catch(() => undefined);
  }

  private async storeOldest(): Promise<void> {
    const { entry, extracted } = this.waiting.shift()!;
    const entities = await extracted;
    this.onStored(storePage(this.archive, entry, entities));
  }
}

function storePage(archive: Archive, { page, source, image, path }: PageToStore, extracted?: ArticleEntities[]): IngestOutcome {
  try {
    return { ...archive.ingestPage(page, source, image, extracted), path };
  } catch (error) {
    return failedOutcome(path, error);
  }
}
