import type { Fragment, Line } from "./types.js";

/** How far apart two runs may be and still be one line, as shares of the font size. */
const MAX_GAP = 1.1;
const MAX_OVERLAP = 0.5;
const SPACE_GAP = 0.25;
const BASELINE_TOLERANCE = 0.3;
/** Runs of a line differ in size by less than this factor. */
const MAX_SIZE_RATIO = 1.25;

function baseline(item: { y1: number; size: number }): number {
  return item.y1 - 0.12 * item.size;
}

/** The widest word space of a justified line that still joins its runs, as a share of the font size. */
const MAX_STRETCHED_SPACE = 3;
/** Runs starting at one x this many times mark a column's left edge (or its paragraph indent). */
const MIN_RUNS_AT_EDGE = 3;

interface LineContext {
  bodySize: number;
  /** Wide spaces pdf.js reported between runs. */
  spaces: Fragment[];
  /** Rounded x where many runs start: columns' left edges and indents. */
  edges: Set<number>;
}

const edgeKey = (x: number) => Math.round(x * 2) / 2;

function columnStarts(fragments: Fragment[]): Set<number> {
  const counts = new Map<number, number>();
  for (const f of fragments) counts.set(edgeKey(f.x0), (counts.get(edgeKey(f.x0)) ?? 0) + 1);
  return new Set([...counts.entries()].filter(([, n]) => n >= MIN_RUNS_AT_EDGE).map(([x]) => x));
}

/**
 * Whether a space pdf.js reported fills the gap between two runs, from the end of the first, and
 * the second run does not start where a column starts: a word space stretched by justification,
 * not a gutter.
 */
function bridgedBySpace(last: Fragment, fragment: Fragment, context: LineContext): boolean {
  const size = Math.min(last.size, fragment.size);
  if (fragment.x0 - last.x1 > MAX_STRETCHED_SPACE * size || context.edges.has(edgeKey(fragment.x0))) return false;
  return context.spaces.some((space) => Math.abs(space.x0 - last.x1) <= 1 && space.x1 >= fragment.x0 - 1 && space.x1 < fragment.x1
    && Math.abs(baseline(space) - baseline(last)) <= BASELINE_TOLERANCE * size);
}

/** Whether `fragment` goes on with the line; gaps are measured against the body size too, so that two headlines side by side stay apart. */
function continues(line: Fragment[], fragment: Fragment, context: LineContext): boolean {
  const last = line[line.length - 1];
  const size = Math.min(last.size, fragment.size);
  if (Math.max(last.size, fragment.size) > MAX_SIZE_RATIO * size) return false;
  const gap = fragment.x0 - last.x1;
  const aligned = Math.abs(baseline(last) - baseline(fragment)) <= BASELINE_TOLERANCE * size;
  if (!aligned || gap < -MAX_OVERLAP * size) return false;
  return gap <= MAX_GAP * Math.min(size, context.bodySize) || bridgedBySpace(last, fragment, context);
}

/** The size most characters are set in. */
function commonSize(fragments: Fragment[]): number {
  const bySize = new Map<number, number>();
  for (const f of fragments) bySize.set(f.size, (bySize.get(f.size) ?? 0) + f.text.length);
  return [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** The style most of the line's characters have. */
function majority(fragments: Fragment[], test: (f: Fragment) => boolean): boolean {
  const total = fragments.reduce((n, f) => n + f.text.length, 0);
  return fragments.filter(test).reduce((n, f) => n + f.text.length, 0) * 2 > total;
}

/** A Chinese character or full-width mark: text that is set without spaces between its characters. */
const WIDE = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026";
/** A token of a letter-spaced stretch: one character, or a number (digits are kept together). */
const SPACED_TOKEN = /^(?:\S|\d+(?:\.\d+)?)$/u;
const HAN = /\p{Script=Han}/u;
/** Tokens, and Chinese characters among them, that a run of single-spaced tokens needs to be letter-spaced. */
const MIN_SPACED_TOKENS = 6;
const MIN_SPACED_HAN = 4;

/** Whether the text has a long run of single characters (or numbers) each one space from the next, mostly Chinese. */
function isLetterSpaced(text: string): boolean {
  let tokens = 0;
  let han = 0;
  for (const token of text.split(" ")) {
    if (SPACED_TOKEN.test(token)) {
      tokens++;
      if (HAN.test(token)) han++;
      if (tokens >= MIN_SPACED_TOKENS && han >= MIN_SPACED_HAN) return true;
    } else {
      tokens = 0;
      han = 0;
    }
  }
  return false;
}

/** A single space next to a Chinese character (on the other side anything but a space). */
const SPACE_BY_WIDE = new RegExp(`(?<=[${WIDE}]) (?=\\S)|(?<=\\S) (?=[${WIDE}])`, "gu");

/**
 * Justified and letter-spaced lines put extra room between every two characters, and pdf.js reports
 * room wider than a tenth of an em as a space. Chinese sets no spaces between its characters, so in
 * a line where a long stretch of characters (and numbers) is spaced one by one, the spaces next to
 * Chinese characters are that room, not word spaces, and go; spaces between Latin words and digits stay.
 */
export function untrack(text: string): string {
  return isLetterSpaced(text) ? text.replace(SPACE_BY_WIDE, "") : text;
}

function joinFragments(fragments: Fragment[]): string {
  return untrack(joinSpaced(fragments));
}

function joinSpaced(fragments: Fragment[]): string {
  return fragments
    .map((f, i) => (i > 0 && f.x0 - fragments[i - 1].x1 > SPACE_GAP * f.size && !/\s$/.test(fragments[i - 1].text + f.text[0]) ? " " : "") + f.text)
    .join("");
}

/** Where the first visible glyph starts: an indent may be typeset as ideographic spaces. */
function visibleStart(fragments: Fragment[]): number {
  const first = fragments.find((f) => f.text.trim() !== "") ?? fragments[0];
  const leading = first.text.length - first.text.trimStart().length;
  return first.x0 + ((first.x1 - first.x0) * leading) / first.text.length;
}

function toLine(fragments: Fragment[]): Line {
  return {
    text: joinFragments(fragments),
    x0: visibleStart(fragments),
    x1: Math.max(...fragments.map((f) => f.x1)),
    y0: Math.min(...fragments.map((f) => f.y0)),
    y1: Math.max(...fragments.map((f) => f.y1)),
    size: commonSize(fragments),
    bold: majority(fragments, (f) => f.bold),
    sans: majority(fragments, (f) => f.sans),
  };
}

/** Joins runs that share a baseline and touch into lines, left to right. */
export function fragmentsToLines(fragments: Fragment[], wideSpaces: Fragment[] = []): Line[] {
  const context: LineContext = { bodySize: commonSize(fragments), spaces: wideSpaces, edges: columnStarts(fragments) };
  const sorted = [...fragments].sort((a, b) => a.x0 - b.x0);
  const open: Fragment[][] = [];
  for (const fragment of sorted) {
    const line = open.find((candidate) => continues(candidate, fragment, context));
    if (line) line.push(fragment);
    else open.push([fragment]);
  }
  return open
    .filter((line) => line.some((f) => f.text.trim() !== ""))
    .map(toLine)
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}
