import type { Span } from "../model/page.js";

const OPEN = "\u0001";
const CLOSE = "\u0002";

/** Turn an archive snippet with \u0001 … \u0002 match markers into plain text plus match ranges. */
export function splitSnippet(marked: string): { snippet: string; highlights: Span[] } {
  let snippet = "";
  const highlights: Span[] = [];
  let openAt: number | null = null;
  for (const char of marked) {
    if (char === OPEN) openAt = snippet.length;
    else if (char === CLOSE) {
      if (openAt !== null && openAt < snippet.length) highlights.push({ start: openAt, end: snippet.length });
      openAt = null;
    } else snippet += char;
  }
  return { snippet, highlights };
}
