import type { BBox } from "../../model/page.js";
import { makeBlock, unionBox } from "./blocks.js";
import { isTitlePart } from "./roles.js";
import type { LayoutBlock } from "./types.js";


interface Region {
  blocks: LayoutBlock[];
  bbox: BBox;
}

/** Splits regions where their projections on one axis leave a gap (axis 0: columns, 1: rows). */
function splitAtGaps(regions: Region[], axis: 0 | 1): Region[][] {
  const sorted = [...regions].sort((a, b) => a.bbox[axis] - b.bbox[axis]);
  const parts: Region[][] = [];
  let end = -Infinity;
  for (const region of sorted) {
    if (parts.length === 0 || region.bbox[axis] > end - 1) parts.push([]);
    parts[parts.length - 1].push(region);
    end = Math.max(end, region.bbox[axis + 2]);
  }
  return parts;
}

/** Reading order of page regions by recursive cuts: rows top to bottom, then columns left to right. */
function xyCut(regions: Region[]): Region[] {
  if (regions.length <= 1) return regions;
  const rows = splitAtGaps(regions, 1);
  if (rows.length > 1) return rows.flatMap(xyCut);
  const columns = splitAtGaps(regions, 0);
  if (columns.length > 1) return columns.flatMap(xyCut);
  return [...regions].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
}

/** Column index for each block: left edges closer than `tolerance` are one column. */
function columnOf(blocks: LayoutBlock[], tolerance: number): Map<LayoutBlock, number> {
  const columns = new Map<LayoutBlock, number>();
  let column = -1;
  let lastLeft = -Infinity;
  for (const block of [...blocks].sort((a, b) => a.bbox[0] - b.bbox[0])) {
    if (block.bbox[0] - lastLeft > tolerance) column++;
    lastLeft = block.bbox[0];
    columns.set(block, column);
  }
  return columns;
}

/** An article's blocks: its title group top to bottom, then its columns left to right. */
function articleOrder(blocks: LayoutBlock[], bodySize: number): LayoutBlock[] {
  const byTop = (a: LayoutBlock, b: LayoutBlock) => a.bbox[1] - b.bbox[1];
  const titles = blocks.filter(isTitlePart).sort(byTop);
  const rest = blocks.filter((b) => !titles.includes(b));
  const column = columnOf(rest, 3 * bodySize);
  return [...titles, ...rest.sort((a, b) => column.get(a)! - column.get(b)! || byTop(a, b))];
}

/** Whether `next` goes on with the paragraph `previous` ends: a body run that starts flush at a column top. */
function continuesParagraph(previous: LayoutBlock, next: LayoutBlock): boolean {
  return previous.role === "body" && next.role === "body" && !next.indented && previous.chain !== next.chain
    && next.chain.lines[0] === next.lines[0];
}

/** Joins paragraphs that run on into the next column, so no column break is left in the text. */
function joinContinuations(blocks: LayoutBlock[]): LayoutBlock[] {
  const joined: LayoutBlock[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (previous && continuesParagraph(previous, block)) {
      const merged = makeBlock([...previous.lines, ...block.lines], block.chain, previous.indented);
      joined[joined.length - 1] = { ...merged, size: previous.size, bbox: unionBox([previous.bbox, block.bbox]), role: "body", group: previous.group };
    } else {
      joined.push(block);
    }
  }
  return joined;
}

function intersects(a: BBox, b: BBox): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Whether two photo lines (caption, credit) stand one under the other with nothing between them. */
function stackedPhotoLines(upper: LayoutBlock, lower: LayoutBlock, page: LayoutBlock[]): boolean {
  const gap = lower.bbox[1] - upper.bbox[3];
  if (gap < -2 || gap > 2 * Math.max(upper.size, lower.size)) return false;
  const both = unionBox([upper.bbox, lower.bbox]);
  return page.every((other) => other === upper || other === lower || !intersects(other.bbox, both));
}

const isPhotoLine = (block: LayoutBlock) => block.role === "caption" || block.role === "credit";

/** Regions of blocks outside articles; a photo's caption and credit stay together, top to bottom. */
function furnitureRegions(blocks: LayoutBlock[], page: LayoutBlock[]): Region[] {
  const regions: Region[] = [];
  for (const block of [...blocks].sort((a, b) => a.bbox[1] - b.bbox[1])) {
    const photo = isPhotoLine(block)
      ? regions.find((r) => isPhotoLine(r.blocks[0]) && stackedPhotoLines(r.blocks[r.blocks.length - 1], block, page))
      : undefined;
    if (photo) {
      photo.blocks.push(block);
      photo.bbox = unionBox([photo.bbox, block.bbox]);
    } else {
      regions.push({ blocks: [block], bbox: block.bbox });
    }
  }
  return regions;
}

/** All blocks of the page in reading order, paragraphs that cross columns joined. */
export function readingOrder(blocks: LayoutBlock[], bodySize: number): LayoutBlock[] {
  const byGroup = new Map<number, LayoutBlock[]>();
  for (const block of blocks) {
    if (block.group !== undefined) byGroup.set(block.group, [...(byGroup.get(block.group) ?? []), block]);
  }
  const regions = furnitureRegions(blocks.filter((b) => b.group === undefined), blocks);
  for (const members of byGroup.values()) {
    regions.push({ blocks: articleOrder(members, bodySize), bbox: unionBox(members.map((b) => b.bbox)) });
  }
  return xyCut(regions).flatMap((region) => joinContinuations(region.blocks));
}
