import { EnrichPool } from "../enrich/pool.js";
import { BanmianError } from "../model/errors.js";
import type { PageMeta } from "../model/page.js";
import { parseFile as parsePageFile, type ParsedFile, type ParseFileOptions } from "../parse/file.js";
import { renderPdfPage, type NeedsOcrError } from "../source/pdf/index.js";
import type { Archive } from "./archive.js";
import { editionMetaResolver, normalisePage, parseDateText, type EditionMeta } from "./edition-meta.js";
import { expandPaths } from "./expand-paths.js";
import { failedOutcome, IngestQueue } from "./ingest-queue.js";
import type { IngestOutcome, PageImage } from "./types.js";

export type ParseFile = (path: string, meta: PageMeta, options?: ParseFileOptions) => Promise<ParsedFile[]>;
export type RenderPdfPage = (pdf: NonNullable<ParsedFile["pdf"]>) => Promise<PageImage>;

export interface IngestFilesOptions extends EditionMeta {
  /** Called after every page (or failed file), for progress display. */
  onOutcome?: (outcome: IngestOutcome, done: number, total: number) => void;
  /** Called once the paths are expanded, with the number of files. */
  onStart?: (files: number) => void;
  parseFile?: ParseFile;
  /** Renders a PDF page's image for the reader (default: pdftoppm or pdf.js at reader resolution). */
  renderPdfPage?: RenderPdfPage;
}

export interface IngestSummary {
  files: number;
  added: number;
  unchanged: number;
  replaced: number;
  failed: IngestOutcome[];
  /** Edited articles flagged stale because their page changed. */
  staleCorrections: number[];
  seconds: number;
}

function checkFlags(options: IngestFilesOptions, files: number): EditionMeta {
  const flags: EditionMeta = {};
  if (options.paper !== undefined) {
    if (!options.paper.trim()) throw new BanmianError("--paper is empty");
    flags.paper = options.paper.trim();
  }
  if (options.date !== undefined) flags.date = parseDateText(options.date) ?? badFlag("--date", options.date, "a YYYY-MM-DD date");
  if (options.page !== undefined) {
    if (files > 1) throw new BanmianError(`--page gives one page number, but ${files} files were given`);
    flags.page = normalisePage(options.page);
  }
  return flags;
}

function badFlag(flag: string, value: string, expected: string): never {
  throw new BanmianError(`${flag} ${JSON.stringify(value)} is not ${expected}`);
}

/** Pixels per PDF point for page images in the reader. */
const READER_SCALE = 1.5;

const renderForReader: RenderPdfPage = (pdf) => renderPdfPage(pdf.bytes, pdf.pageIndex, READER_SCALE);

/** Parse one file and queue its pages; a page that cannot be rendered or read is recorded as failed. */
async function queueFile(queue: IngestQueue, path: string, meta: EditionMeta, options: IngestFilesOptions, record: (outcome: IngestOutcome) => void): Promise<void> {
  const onNeedsOcr = (error: NeedsOcrError) => record({ status: "failed", path: `${path}#${error.pageNumber}`, error: error.message });
  const parsed = await (options.parseFile ?? parsePageFile)(path, meta, { onNeedsOcr });
  for (const { page, source, pdf } of parsed) {
    const pagePath = pdf ? `${path}#${pdf.pageIndex + 1}` : path;
    try {
      const image = pdf ? await (options.renderPdfPage ?? renderForReader)(pdf) : undefined;
      await queue.add({ page, source, image, path: pagePath });
    } catch (error) {
      record(failedOutcome(pagePath, error));
    }
  }
}

/** Batches this large extract entities on worker threads beside the writes (see `EnrichPool`); smaller ones do it inline. */
export const POOL_MIN_FILES = 24;

/**
 * Ingest page files, folders and globs one page (one transaction) at a time, in order. A file that
 * fails is recorded and the rest go on; nothing of a failed page is stored.
 */
export async function ingestFiles(archive: Archive, paths: string[], options: IngestFilesOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { files, unmatched } = expandPaths(paths);
  const flags = checkFlags(options, files.length);
  const metaOf = editionMetaResolver(flags);
  const summary: IngestSummary = { files: files.length, added: 0, unchanged: 0, replaced: 0, failed: [], staleCorrections: [], seconds: 0 };
  const total = files.length + unmatched.length;
  let done = 0;
  const record = (outcome: IngestOutcome) => {
    if (outcome.status === "failed") summary.failed.push(outcome);
    else summary[outcome.status] += 1;
    summary.staleCorrections.push(...(outcome.staleCorrections ?? []));
    options.onOutcome?.(outcome, done, total);
  };
  options.onStart?.(total);
  for (const { path, error } of unmatched) {
    done += 1;
    record({ status: "failed", path, error });
  }
  const pool = archive.enrichOnIngest && files.length >= POOL_MIN_FILES ? new EnrichPool() : undefined;
  const queue = new IngestQueue(archive, record, pool);
  try {
    for (const path of files) {
      await queueFile(queue, path, metaOf(path), options, record).catch((error) => record(failedOutcome(path, error)));
      done += 1;
    }
    await queue.flush();
  } finally {
    await pool?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
