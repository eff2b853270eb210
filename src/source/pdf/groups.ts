import type { BBox } from "../../model/page.js";
import { unionBox } from "./blocks.js";
import { isTitlePart } from "./roles.js";
import type { Chain, LayoutBlock } from "./types.js";

/** How far below a title part the next part may start, as a share of its font size. */
const TITLE_PART_GAP = 1.8;
/** How far below a body run the next run of the same article may start, as a share of the font size. */
const RUN_GAP = 1.2;
/** How far apart the tops of two runs in neighbouring columns may be and still be level. */
const LEVEL = 0.5;

/** A title group: kicker, headline, subheadline and credit line stacked together. */
interface TitleUnit {
  kind: "title";
  blocks: LayoutBlock[];
  bbox: BBox;
  /** The columns the title stands over: its box widened through the white space beside it. */
  reach: [number, number];
  group: number;
}

/** The blocks of one chain of body text: a run down one column. */
interface BodyRun {
  kind: "run";
  blocks: LayoutBlock[];
  bbox: BBox;
  group?: number;
}

interface Furniture {
  kind: "other";
  blocks: LayoutBlock[];
  bbox: BBox;
  group?: number;
}

type Unit = TitleUnit | BodyRun | Furniture;

function overlapX(a: [number, number], b: BBox): number {
  return Math.min(a[1], b[2]) - Math.max(a[0], b[0]);
}

function titleUnits(blocks: LayoutBlock[], nextGroup: () => number): TitleUnit[] {
  const units: TitleUnit[] = [];
  const titles = blocks.filter(isTitlePart).sort((a, b) => a.bbox[1] - b.bbox[1]);
  for (const block of titles) {
    const unit = units.find((u) => {
      const gap = block.bbox[1] - u.bbox[3];
      return overlapX([u.bbox[0], u.bbox[2]], block.bbox) > 0 && gap > -2 && gap <= TITLE_PART_GAP * Math.max(block.size, 10);
    });
    if (unit) {
      unit.blocks.push(block);
      unit.bbox = unionBox([unit.bbox, block.bbox]);
    } else {
      units.push({ kind: "title", blocks: [block], bbox: block.bbox, reach: [block.bbox[0], block.bbox[2]], group: nextGroup() });
    }
  }
  return units;
}

/** Widens each title through the white space beside it, up to the nearest text or the page edge. */
function widenTitles(units: TitleUnit[], blocks: LayoutBlock[], pageWidth: number): void {
  for (const unit of units) {
    const [x0, y0, x1, y1] = unit.bbox;
    const beside = blocks.filter((b) => !unit.blocks.includes(b) && b.bbox[1] < y1 && b.bbox[3] > y0);
    const left = Math.max(0, ...beside.filter((b) => b.bbox[2] <= x0).map((b) => b.bbox[2]));
    const right = Math.min(pageWidth, ...beside.filter((b) => b.bbox[0] >= x1).map((b) => b.bbox[0]));
    unit.reach = [left, right];
  }
}

function bodyRuns(blocks: LayoutBlock[]): BodyRun[] {
  const byChain = new Map<Chain, LayoutBlock[]>();
  for (const block of blocks.filter((b) => b.role === "body")) {
    const list = byChain.get(block.chain) ?? [];
    list.push(block);
    byChain.set(block.chain, list);
  }
  return [...byChain.values()].map((list) => ({ kind: "run", blocks: list, bbox: unionBox(list.map((b) => b.bbox)) }));
}

function overlapsBox(unit: Unit, box: BBox): boolean {
  return overlapX([unit.bbox[0], unit.bbox[2]], box) > 0;
}

/** Of the units above `box` (jump lines are see-through) that pass `test`, the lowest. */
function lowestAbove(box: BBox, units: Unit[], self: Unit, test: (unit: Unit) => boolean): Unit | undefined {
  let best: Unit | undefined;
  for (const unit of units) {
    if (unit === self || unit.blocks.every((b) => b.role === "jump") || unit.bbox[3] > box[1] + 2 || !test(unit)) continue;
    if (!best || unit.bbox[3] > best.bbox[3]) best = unit;
  }
  return best;
}

/** Whether `box` starts level with a body run that stands right under the title itself. */
function levelWithRunsUnder(title: TitleUnit, box: BBox, units: Unit[]): boolean {
  return units.some((unit) => {
    if (unit.kind !== "run" || !overlapsBox(title, unit.bbox)) return false;
    const size = unit.blocks[0].size;
    const gap = unit.bbox[1] - title.bbox[3];
    return gap > -2 && gap <= TITLE_PART_GAP * title.blocks[0].size + 2 * size && Math.abs(unit.bbox[1] - box[1]) <= LEVEL * size;
  });
}

/**
 * The unit right above `box` in the same columns. A title that only reaches over the box through
 * the white space beside it counts when whatever stands right over the box ends above that title.
 */
function unitAbove(box: BBox, units: Unit[], self: Unit): Unit | undefined {
  const over = lowestAbove(box, units, self, (unit) => overlapsBox(unit, box));
  const reaching = lowestAbove(box, units, self, (unit) => unit.kind === "title" && overlapX(unit.reach, box) > 0 && levelWithRunsUnder(unit, box, units));
  if (reaching && (!over || over.bbox[3] <= reaching.bbox[1] + 2)) return reaching;
  return over;
}

/** The run in the column to the left whose top is level with this run's top. */
function runLeftOf(run: BodyRun, runs: BodyRun[]): BodyRun | undefined {
  const level = LEVEL * run.blocks[0].size;
  return runs
    .filter((r) => r !== run && r.group !== undefined && r.bbox[2] <= run.bbox[0] + 1 && Math.abs(r.bbox[1] - run.bbox[1]) <= level)
    .sort((a, b) => b.bbox[2] - a.bbox[2])[0];
}

/**
 * A run belongs to the title right over it; else it goes on from the run level with it in the
 * column to the left; else to a title that reaches over it, or the run just above it.
 */
function groupOfRun(run: BodyRun, units: Unit[], runs: BodyRun[], nextGroup: () => number): number {
  const above = unitAbove(run.bbox, units, run);
  if (above?.kind === "title" && overlapsBox(above, run.bbox)) return above.group;
  const left = runLeftOf(run, runs);
  if (left?.group !== undefined) return left.group;
  if (above?.kind === "title") return above.group;
  const gap = above ? run.bbox[1] - above.bbox[3] : Infinity;
  if (above?.kind === "run" && above.group !== undefined && gap <= RUN_GAP * run.blocks[0].size) return above.group;
  return nextGroup();
}

/** Lines of body-face text that a lone run without a paragraph start may have and still be furniture. */
const MAX_FURNITURE_LINES = 3;

/**
 * A run of a few lines in the body face that no title heads and no other run goes on with, and
 * that never starts a paragraph (no indented line), is not an article's text but a line of page
 * furniture or a box (weather, hotline, contact lines): it is left to the words to name.
 */
function isLoneUnindentedRun(run: BodyRun, units: Unit[]): boolean {
  if (run.group === undefined || run.blocks.some((b) => b.indented)) return false;
  if (run.blocks.reduce((n, b) => n + b.lines.length, 0) > MAX_FURNITURE_LINES) return false;
  return units.every((unit) => unit === run || unit.group !== run.group);
}

/**
 * Puts the blocks of each article in one group: a title group, the body runs below it in the
 * columns it stands over, and the runs that go on level with those in the next columns.
 */
export function groupArticles(blocks: LayoutBlock[], pageWidth: number): void {
  let groups = 0;
  const nextGroup = () => ++groups;
  const titles = titleUnits(blocks, nextGroup);
  widenTitles(titles, blocks, pageWidth);
  const runs = bodyRuns(blocks);
  const others: Furniture[] = blocks
    .filter((b) => b.role !== "body" && !isTitlePart(b))
    .map((b) => ({ kind: "other", blocks: [b], bbox: b.bbox }));
  const units: Unit[] = [...titles, ...runs, ...others];
  for (const run of [...runs].sort((a, b) => a.bbox[0] - b.bbox[0] || a.bbox[1] - b.bbox[1])) {
    run.group = groupOfRun(run, units, runs, nextGroup);
  }
  for (const run of runs.filter((r) => isLoneUnindentedRun(r, units))) {
    for (const block of run.blocks) block.role = undefined;
    run.group = undefined;
  }
  for (const jump of others.filter((o) => o.blocks[0].role === "jump")) {
    const above = unitAbove(jump.bbox, units, jump);
    if (above?.kind !== "other") jump.group = above?.group;
  }
  for (const unit of units) for (const block of unit.blocks) block.group = unit.group;
}
