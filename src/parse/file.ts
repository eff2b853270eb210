import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { SourceDocument } from "../model/block.js";
import { BanmianError } from "../model/errors.js";
import type { Page, PageMeta } from "../model/page.js";
import { textDocumentFromBytes } from "../source/text.js";
import { parseDocument } from "./index.js";

/** A parsed page with its verbatim source text. */
export interface ParsedFile {
  page: Page;
  source: string;
  /** For a PDF page: the PDF's bytes and the page's index, to render its image on demand. */
  pdf?: { bytes: Uint8Array; pageIndex: number };
}

/** Read a page file (text in any supported encoding, or a PDF with one page per newspaper page). */
export async function parseFile(path: string, meta: PageMeta = {}): Promise<ParsedFile[]> {
  const bytes = await readBytes(path);
  const docs = isPdf(path, bytes) ? await readPdfDocuments(bytes, path) : [textDocumentFromBytes(bytes, path)];
  return docs.map((doc, pageIndex) => ({
    page: parseDocument(doc, { ...meta, path, page: pageLabel(meta, docs.length, pageIndex) }),
    source: doc.text,
    ...(doc.format === "pdf" ? { pdf: { bytes, pageIndex } } : {}),
  }));
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

async function readPdfDocuments(bytes: Uint8Array, path: string): Promise<SourceDocument[]> {
  const { readPdf } = await import("../source/pdf/index.js");
  const docs = await readPdf(bytes, { path });
  return docs;
}

/** Page labels for a PDF of several pages: the given label for the first, then counting on. */
function pageLabel(meta: PageMeta, pages: number, index: number): string | null | undefined {
  if (pages === 1) return meta.page;
  const first = Number(meta.page ?? "1");
  return Number.isFinite(first) ? String(first + index) : `${meta.page}-${index + 1}`;
}
