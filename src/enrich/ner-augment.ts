import { goldSpans, type LabelledSentence } from "./ner-corpus.js";
import type { NerType } from "./ner-model.js";

/**
 * Mention replacement: copies of the training sentences with every name swapped for another name of the same type
 * taken from the same sentences. The model sees each context with names it has not memorised there, so it leans
 * more on the context and the shape of a name than on the name itself.
 */
export function withReplacedMentions(sentences: LabelledSentence[], seed: number): LabelledSentence[] {
  const mentions = mentionsByType(sentences);
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = (type: NerType) => mentions[type][Math.floor(random() * mentions[type].length)];
  return sentences.filter((s) => s.labels.some((label) => label !== "O")).map((s) => replaceMentions(s, pick));
}

function mentionsByType(sentences: LabelledSentence[]): Record<NerType, string[]> {
  const out: Record<NerType, string[]> = { PER: [], LOC: [], ORG: [] };
  for (const s of sentences) for (const span of goldSpans(s)) out[span.type].push(s.text.slice(span.start, span.end));
  return out;
}

function replaceMentions(s: LabelledSentence, pick: (type: NerType) => string): LabelledSentence {
  let text = "";
  const labels: string[] = [];
  let at = 0;
  for (const span of goldSpans(s)) {
    const mention = pick(span.type);
    text += s.text.slice(at, span.start) + mention;
    labels.push(...s.labels.slice(at, span.start), ...Array.from(mention, (_, k) => `${k === 0 ? "B" : "I"}-${span.type}`));
    at = span.end;
  }
  return { text: text + s.text.slice(at), labels: [...labels, ...s.labels.slice(at)] };
}
