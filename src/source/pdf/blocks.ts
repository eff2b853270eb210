import type { BBox } from "../../model/page.js";
import type { Chain, LayoutBlock, Line } from "./types.js";

/** Shares of the font size. */
const MAX_LEADING_GAP = 0.8;
const SAME_SIZE = 0.04;
const MAX_LEFT_SHIFT = 2.6;
const INDENT = 1.2;
const COLUMN_LEFT_REACH = 3;
/** Lines needed at one left edge before it counts as a column's edge. */
const MIN_LINES_AT_EDGE = 3;

function horizontalOverlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

function chainLeft(chain: Chain): number {
  return Math.min(...chain.lines.map((l) => l.x0));
}

/** Whether `line` goes on below the chain's last line: same size, regular leading, same column. */
function extendsChain(chain: Chain, line: Line): boolean {
  const last = chain.lines[chain.lines.length - 1];
  const size = Math.max(last.size, line.size);
  if (Math.abs(last.size - line.size) > SAME_SIZE * size) return false;
  const gap = line.y0 - last.y1;
  if (gap < -0.3 * size || gap > MAX_LEADING_GAP * size) return false;
  const narrower = Math.min(last.x1 - last.x0, line.x1 - line.x0);
  const sameEdge = Math.abs(line.x0 - chainLeft(chain)) <= MAX_LEFT_SHIFT * size;
  return horizontalOverlap(last, line) >= 0.5 * narrower || sameEdge;
}

/** Stacks lines into column runs of one style at regular leading. */
export function linesToChains(lines: Line[]): Chain[] {
  const chains: Chain[] = [];
  for (const line of lines) {
    const candidates = chains.filter((chain) => extendsChain(chain, line));
    const chain = candidates.sort((a, b) => b.lines[b.lines.length - 1].y1 - a.lines[a.lines.length - 1].y1)[0];
    if (chain) chain.lines.push(line);
    else chains.push({ lines: [line], size: line.size });
  }
  for (const chain of chains) chain.size = Math.max(...chain.lines.map((l) => l.size));
  return chains;
}

/** Left edges that many lines of body size start at: the columns' edges and the indents. */
export function columnEdges(lines: Line[], bodySize: number): number[] {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (Math.abs(line.size - bodySize) > SAME_SIZE * bodySize) continue;
    const edge = Math.round(line.x0 * 2) / 2;
    counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, n]) => n >= MIN_LINES_AT_EDGE).map(([edge]) => edge).sort((a, b) => a - b);
}

/** How far a line starts right of the edge of its column. */
function indentOf(line: Line, chain: Chain, edges: number[]): number {
  const reach = COLUMN_LEFT_REACH * line.size;
  const edge = edges.find((e) => e <= line.x0 + 0.5 && line.x0 - e < reach);
  return line.x0 - Math.min(edge ?? line.x0, chainLeft(chain));
}

export function unionBox(boxes: BBox[]): BBox {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

function lineBox(line: Line): BBox {
  return [line.x0, line.y0, line.x1, line.y1];
}

function characterShare(lines: Line[], test: (l: Line) => boolean): number {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  return lines.filter(test).reduce((n, l) => n + l.text.length, 0) / total;
}

export function makeBlock(lines: Line[], chain: Chain, indented: boolean): LayoutBlock {
  return {
    lines,
    chain,
    indented,
    size: chain.size,
    bold: characterShare(lines, (l) => l.bold) > 0.5,
    sans: characterShare(lines, (l) => l.sans) > 0.5,
    bbox: unionBox(lines.map(lineBox)),
  };
}

/** Whether the chain's lines are centred on one axis, like a credit line under a headline. */
function isCentred(chain: Chain): boolean {
  const centre = (l: Line) => (l.x0 + l.x1) / 2;
  const [first, ...rest] = chain.lines;
  return rest.length > 0 && rest.every((l) => Math.abs(centre(l) - centre(first)) < 1.5) && rest.some((l) => Math.abs(l.x0 - first.x0) >= 1);
}

/** Whether a line stops short of the column's right edge: the last line of a paragraph. */
function endsShort(line: Line, right: number): boolean {
  return right - line.x1 > line.size;
}

/**
 * Cuts body-size chains that are not centred into paragraphs where a line is indented, or where the
 * text changes between bold and regular at a paragraph's end or at a short bold line (a subhead set
 * flush in the body size); other chains stay whole.
 */
export function chainsToBlocks(chains: Chain[], bodySize: number, edges: number[]): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  for (const chain of chains) {
    const isBodySize = Math.abs(chain.size - bodySize) <= SAME_SIZE * bodySize;
    const cut = isBodySize && !isCentred(chain);
    let current: Line[] = [];
    let indented = false;
    const right = Math.max(...chain.lines.map((l) => l.x1));
    chain.lines.forEach((line, i) => {
      const previous = chain.lines[i - 1];
      const startsParagraph = cut && indentOf(line, chain, edges) >= INDENT * line.size;
      const styleBreak = cut && previous !== undefined && previous.bold !== line.bold && (endsShort(previous, right) || (line.bold && endsShort(line, right)));
      if ((startsParagraph || styleBreak) && current.length > 0) {
        blocks.push(makeBlock(current, chain, indented));
        current = [];
      }
      if (current.length === 0) indented = startsParagraph;
      current.push(line);
    });
    blocks.push(makeBlock(current, chain, indented));
  }
  return blocks;
}
