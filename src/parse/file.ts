import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { BanmianError } from "../model/errors.js";
import type { Page, PageMeta } from "../model/page.js";
import { readPdfPages, type NeedsOcrError } from "../source/pdf/index.js";
import { textDocumentFromBytes } from "../source/text.js";
import { parseDocument } from "./index.js";

/** A parsed page with its verbatim source text. */
export interface ParsedFile {
  page: Page;
  source: string;
  /** For a PDF page: the PDF's bytes and the page's index, to render its image on demand. */
  pdf?: { bytes: Uint8Array; pageIndex: number };
}

export interface ParseFileOptions {
  /** A scanned PDF page (no text layer) is reported here and skipped; without it, it is an error. */
  onNeedsOcr?: (error: NeedsOcrError) => void;
}

/** Read a page file (text in any supported encoding, or a PDF with one page per newspaper page). */
export async function parseFile(path: string, meta: PageMeta = {}, options: ParseFileOptions = {}): Promise<ParsedFile[]> {
  const bytes = await readBytes(path);
  if (!isPdf(path, bytes)) {
    const doc = textDocumentFromBytes(bytes, path);
    return [{ page: parseDocument(doc, { ...meta, path }), source: doc.text }];
  }
  const pages = await readPdfPages(bytes, { path });
  const parsed: ParsedFile[] = [];
  for (const [pageIndex, pdfPage] of pages.entries()) {
    if ("needsOcr" in pdfPage) {
      if (!options.onNeedsOcr) throw pdfPage.needsOcr;
      options.onNeedsOcr(pdfPage.needsOcr);
      continue;
    }
    const doc = pdfPage.document;
    const label = pageLabel(meta, pages.length, pageIndex);
    parsed.push({ page: parseDocument(doc, { ...meta, path, page: label }), source: doc.text, pdf: { bytes, pageIndex } });
  }
  return parsed;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BanmianError(`${path}: no such file`);
    if (code === "EISDIR") throw new BanmianError(`${path}: is a directory, not a page file`);
    if (code === "EACCES") throw new BanmianError(`${path}: permission denied`);
    throw new BanmianError(`${path}: cannot read (${code ?? "unknown error"})`);
  }
}

function isPdf(path: string, bytes: Uint8Array): boolean {
  const magic = Buffer.from(bytes.subarray(0, 5)).toString("latin1");
  return magic === "%PDF-" || extname(path).toLowerCase() === ".pdf";
}

/** Page labels for a PDF of several pages: the given label for the first, then counting on. */
function pageLabel(meta: PageMeta, pages: number, index: number): string | null | undefined {
  if (pages === 1) return meta.page;
  const first = Number(meta.page ?? "1");
  return Number.isFinite(first) ? String(first + index) : `${meta.page}-${index + 1}`;
}
