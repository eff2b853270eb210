import type { BBox } from "../../model/page.js";
import type { BlockRole } from "../../model/block.js";

/** A run of text as pdf.js reports it, in page coordinates (points, origin top-left). */
export interface Fragment {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
  bold: boolean;
  sans: boolean;
}

/** Fragments on one baseline that touch each other: the same shape as a fragment, spanning them all. */
export type Line = Fragment;

/** Lines stacked at regular leading in one column: a column run of one style. */
export interface Chain {
  lines: Line[];
  size: number;
}

export interface LayoutBlock {
  lines: Line[];
  /** The chain the block was cut from; blocks of one chain continue each other down a column. */
  chain: Chain;
  /** Whether the first line is indented: a paragraph start. */
  indented: boolean;
  size: number;
  bold: boolean;
  sans: boolean;
  bbox: BBox;
  role?: BlockRole;
  group?: number;
}

export interface PageText {
  width: number;
  height: number;
  fragments: Fragment[];
  /** Spaces wider than an ideographic one that pdf.js reported between runs (left out of `fragments`). */
  wideSpaces?: Fragment[];
}
