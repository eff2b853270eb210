import type { BBox, Span } from "./page.js";

/** What a block is, when the source knows it (a PDF's typography does; plain text does not). */
export type BlockRole =
  | "kicker" | "headline" | "subheadline" | "byline" | "body" | "caption" | "credit"
  | "folio" | "banner" | "ad" | "jump";

/**
 * A block of source text: what text extraction separated by blank lines, or what layout
 * analysis grouped on a PDF page. `start`/`end` index into `SourceDocument.text`.
 */
export interface SourceBlock {
  text: string;
  start: number;
  end: number;
  role?: BlockRole;
  fontSize?: number;
  bold?: boolean;
  bbox?: BBox;
  /** Blocks that layout analysis put in the same article share a group number. */
  group?: number;
}

export interface SourceDocument {
  text: string;
  encoding: string;
  sha256: string;
  path?: string;
  format: "text" | "pdf";
  width?: number;
  height?: number;
  blocks: SourceBlock[];
}

export function blockSpan(block: SourceBlock): Span {
  return { start: block.start, end: block.end };
}
