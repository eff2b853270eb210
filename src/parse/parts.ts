import type { BBox, Span } from "../model/page.js";
import type { Unit } from "./units.js";

/** A piece of source text with its place on the page. */
export interface TextPart {
  text: string;
  start: number;
  end: number;
  bbox?: BBox;
}

export function partOf(unit: Unit): TextPart {
  return { text: unit.block.text, start: unit.block.start, end: unit.block.end, bbox: unit.block.bbox };
}

export function spanOf(part: TextPart): Span {
  return { start: part.start, end: part.end };
}

/** Parts of one paragraph joined across column breaks: no space at the cut. */
export function textOfParts(parts: TextPart[]): string {
  return parts.map((part) => part.text).join("");
}

export function mergeBBoxes(parts: Array<{ bbox?: BBox } | { block: { bbox?: BBox } }>): BBox | undefined {
  const boxes = parts
    .map((part) => ("block" in part ? part.block.bbox : part.bbox))
    .filter((box): box is BBox => box !== undefined);
  if (boxes.length === 0) return undefined;
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ];
}
