import { readFileSync } from "node:fs";
import { labelsToSpans, type NerSpan, type NerType } from "./ner-model.js";

/** One sentence of a character-per-line BIO corpus. */
export interface LabelledSentence {
  text: string;
  labels: string[];
}

export function readBioCorpus(path: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let chars: string[] = [];
  let labels: string[] = [];
  const flush = () => {
    if (chars.length) sentences.push({ text: chars.join(""), labels });
    chars = [];
    labels = [];
  };
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const [char, label] = line.split(/\s+/);
    if (!line.trim() || !char || !label) flush();
    else {
      chars.push(char);
      labels.push(label);
    }
  }
  flush();
  return sentences;
}

export function goldSpans(sentence: LabelledSentence): NerSpan[] {
  return labelsToSpans(sentence.labels);
}

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
}

export const NER_TYPES: NerType[] = ["PER", "LOC", "ORG"];

/** Entity-level exact-span counts per type. */
export function scoreSpans(pairs: Iterable<{ gold: NerSpan[]; predicted: NerSpan[] }>): Record<NerType, TypeScore> {
  const scores = Object.fromEntries(NER_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<NerType, TypeScore>;
  const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) scores[s.type].gold++;
    for (const s of predicted) {
      scores[s.type].predicted++;
      if (goldKeys.has(key(s))) scores[s.type].correct++;
    }
  }
  return scores;
}

export function precisionRecallF1({ gold, predicted, correct }: TypeScore) {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
