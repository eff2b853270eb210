import type { Span } from "../model/page.js";

const SENTENCE_END = /[。！？!?；;\n]/g;

/** The sentences of a text as spans, each with its closing mark; together they cover the text. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    spans.push({ start, end: match.index + 1 });
    start = match.index + 1;
  }
  if (start < text.length || spans.length === 0) spans.push({ start, end: text.length });
  return spans;
}

/** Which of `spans` holds `offset` (binary search). */
export function sentenceAt(spans: Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (spans[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
