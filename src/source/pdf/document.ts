import { createHash } from "node:crypto";
import type { SourceBlock, SourceDocument } from "../../model/block.js";
import type { BBox } from "../../model/page.js";
import { BanmianError } from "../../model/errors.js";
import { chainsToBlocks, columnEdges, linesToChains } from "./blocks.js";
import { pageText } from "./fragments.js";
import { groupArticles } from "./groups.js";
import { fragmentsToLines } from "./lines.js";
import { readingOrder } from "./order.js";
import { openPdf } from "./pdfjs.js";
import { assignRoles, bodyIsSans, bodySizeOf } from "./roles.js";
import type { LayoutBlock, Line, PageText } from "./types.js";

/** A page with fewer visible characters than this has no usable text layer. */
const MIN_TEXT_CHARACTERS = 10;

/** A PDF page that is only an image of text: it must be OCRed before it can be parsed. */
export class NeedsOcrError extends BanmianError {
  constructor(readonly pageNumber: number, path?: string) {
    super(`${path ? `${path}: ` : ""}page ${pageNumber} has no text layer (a scanned page): it needs OCR`);
    this.name = "NeedsOcrError";
  }
}

export interface ReadPdfOptions {
  /** The file's path, recorded on each document and named in errors. */
  path?: string;
}

/** One page of a PDF: its document, or why it has none. */
export type PdfPage =
  | { pageNumber: number; document: SourceDocument }
  | { pageNumber: number; needsOcr: NeedsOcrError };

/** Headline lines run on without a space when a line was broken only because it was full. */
function headlineText(lines: Line[]): string {
  const widest = Math.max(...lines.map((l) => l.x1 - l.x0));
  return lines
    .map((line, i) => {
      const previous = lines[i - 1];
      const forcedBreak = previous && previous.x1 - previous.x0 >= 0.97 * widest && line.x1 - line.x0 < previous.x1 - previous.x0;
      return (i === 0 || forcedBreak ? "" : " ") + line.text;
    })
    .join("");
}

/** Lines run on without a break; a headline's and a credit line's lines are parts, kept apart by a space. */
function textOf(block: LayoutBlock): string {
  const lines = block.lines.map((l) => ({ ...l, text: l.text.trim() }));
  if (block.role === "headline") return headlineText(lines);
  if (block.role === "byline") return lines.map((l) => l.text).join(" ");
  return block.lines.map((l) => l.text).join("").trim();
}

const round = (n: number) => Math.round(n * 10) / 10;

function toSourceBlocks(blocks: LayoutBlock[]): { text: string; blocks: SourceBlock[] } {
  let text = "";
  const sourceBlocks = blocks.map((block) => {
    if (text) text += "\n\n";
    const start = text.length;
    text += textOf(block);
    const sourceBlock: SourceBlock = {
      text: text.slice(start),
      start,
      end: text.length,
      fontSize: round(block.size),
      bold: block.bold,
      bbox: block.bbox.map(round) as BBox,
    };
    if (block.role) sourceBlock.role = block.role;
    if (block.group !== undefined) sourceBlock.group = block.group;
    return sourceBlock;
  });
  return { text, blocks: sourceBlocks };
}

/** Layout analysis of one page: lines, blocks, roles, articles and reading order. */
export function layoutPage(page: PageText): LayoutBlock[] {
  const lines = fragmentsToLines(page.fragments, page.wideSpaces);
  const bodySize = bodySizeOf(lines);
  const blocks = chainsToBlocks(linesToChains(lines), bodySize, columnEdges(lines, bodySize));
  assignRoles(blocks, { bodySize, bodySans: bodyIsSans(blocks, bodySize), height: page.height });
  groupArticles(blocks, page.width);
  return readingOrder(blocks, bodySize);
}

function visibleCharacters(page: PageText): number {
  return page.fragments.reduce((n, f) => n + f.text.replace(/\s/g, "").length, 0);
}

/** Every page of a PDF as a source document, or as needing OCR when it has no text layer. */
export async function readPdfPages(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const pdf = await openPdf(bytes);
  try {
    const pages: PdfPage[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const text = await pageText(await pdf.getPage(pageNumber));
      if (visibleCharacters(text) < MIN_TEXT_CHARACTERS) {
        pages.push({ pageNumber, needsOcr: new NeedsOcrError(pageNumber, options.path) });
        continue;
      }
      const document: SourceDocument = {
        ...toSourceBlocks(layoutPage(text)),
        encoding: "pdf",
        sha256,
        format: "pdf",
        width: round(text.width),
        height: round(text.height),
        ...(options.path ? { path: options.path } : {}),
      };
      pages.push({ pageNumber, document });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Every page of a PDF as a source document; throws NeedsOcrError for a page without text layer. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<SourceDocument[]> {
  return (await readPdfPages(bytes, options)).map((page) => {
    if ("needsOcr" in page) throw page.needsOcr;
    return page.document;
  });
}
