import { foldForSearch } from "./text.js";

export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

const WINDOW = 80;
const LEAD_IN = 20;

interface Match {
  start: number;
  end: number;
}

/** Non-overlapping occurrences of any highlight in `text`, longest first at each position. */
function findMatches(text: string, highlights: string[]): Match[] {
  const folded = foldForSearch(text);
  const longestFirst = [...highlights].filter((h) => h.length > 0).sort((a, b) => b.length - a.length);
  const matches: Match[] = [];
  for (const highlight of longestFirst) {
    for (let at = folded.indexOf(highlight); at >= 0; at = folded.indexOf(highlight, at + 1)) {
      const end = at + highlight.length;
      if (!matches.some((m) => at < m.end && end > m.start)) matches.push({ start: at, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Where the window goes: at the first occurrence of the longest match (the fullest hit of the query). */
function anchor(matches: Match[]): number {
  const longest = Math.max(0, ...matches.map((m) => m.end - m.start));
  return matches.find((m) => m.end - m.start === longest)?.start ?? 0;
}

/**
 * A window around the longest match in the first of `texts` that has one (or the start of the
 * first text), every match inside wrapped in \u0001 … \u0002; an ellipsis where the window cuts.
 */
export function makeSnippet(texts: string[], highlights: string[]): string {
  const flats = texts.map((text) => text.replace(/\s*\n\s*/g, " "));
  const withMatches = flats.map((flat) => ({ flat, matches: findMatches(flat, highlights) }));
  const { flat, matches } = withMatches.find((candidate) => candidate.matches.length > 0) ?? withMatches[0];
  const first = anchor(matches);
  const start = Math.max(0, Math.min(first - LEAD_IN, flat.length - WINDOW));
  const end = Math.min(flat.length, start + WINDOW);
  let out = start > 0 ? "…" : "";
  let at = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    out += flat.slice(at, match.start) + MARK_START + flat.slice(match.start, match.end) + MARK_END;
    at = match.end;
  }
  out += flat.slice(at, end);
  return end < flat.length ? `${out}…` : out;
}
