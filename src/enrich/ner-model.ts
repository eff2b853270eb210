import { readFileSync } from "node:fs";
import { charFeatures } from "./ner-features.js";
import { tagText, type TaggedToken } from "./segmenter.js";

export const NER_LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"] as const;
export type NerType = "PER" | "LOC" | "ORG";

/** A recognised name: half-open character offsets and its type. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Weights of a linear sequence labeller: per feature one weight per label, plus label transitions. */
export interface NerModel {
  weights: Map<string, Float64Array>;
  /** transitions[from * L + to]; row L is the start state. */
  transitions: Float64Array;
}

interface StoredModel {
  labels: string[];
  transitions: number[];
  weights: Record<string, number[]>;
}

const L = NER_LABELS.length;
const MODEL_URL = new URL("../../src/enrich/ner-model.json", import.meta.url);
let shipped: NerModel | undefined;

export function emptyModel(): NerModel {
  return { weights: new Map(), transitions: new Float64Array((L + 1) * L) };
}

/** I-X may only follow B-X or I-X. */
export function allowedTransition(from: number, to: number): boolean {
  const label = NER_LABELS[to];
  if (!label.startsWith("I-")) return true;
  return from < L && NER_LABELS[from] !== "O" && NER_LABELS[from].slice(2) === label.slice(2);
}

const START = [L];
const EVERY_LABEL = NER_LABELS.map((_, y) => y);
const ALLOWED = Array.from({ length: (L + 1) * L }, (_, k) => allowedTransition(Math.floor(k / L), k % L));

function emissionScores(model: NerModel, features: string[]): Float64Array {
  const scores = new Float64Array(L);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let y = 0; y < L; y++) scores[y] += w[y];
  }
  return scores;
}

/** Best label sequence (Viterbi) for the feature rows of a sentence. */
export function decodeLabels(model: NerModel, rows: string[][]): number[] {
  if (rows.length === 0) return [];
  const back: Int8Array[] = [];
  let prev = new Float64Array(L);
  rows.forEach((features, i) => {
    const emit = emissionScores(model, features);
    const next = new Float64Array(L).fill(-Infinity);
    const ptr = new Int8Array(L);
    for (let to = 0; to < L; to++) {
      for (const from of i === 0 ? START : EVERY_LABEL) {
        if (!ALLOWED[from * L + to]) continue;
        const s = (i === 0 ? 0 : prev[from]) + model.transitions[from * L + to] + emit[to];
        if (s > next[to]) {
          next[to] = s;
          ptr[to] = from;
        }
      }
    }
    back.push(ptr);
    prev = next;
  });
  let best = prev.indexOf(Math.max(...prev));
  const labels = new Array<number>(rows.length);
  for (let i = rows.length - 1; i >= 0; i--) {
    labels[i] = best;
    best = back[i][best];
  }
  return labels;
}

/** Turn a BIO label sequence into spans. */
export function labelsToSpans(labels: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  labels.forEach((label, i) => {
    const inside = label.startsWith("I-") && spans.at(-1)?.end === i && spans.at(-1)?.type === label.slice(2);
    if (inside) spans.at(-1)!.end = i + 1;
    else if (label !== "O") spans.push({ start: i, end: i + 1, type: label.slice(2) as NerType });
  });
  return spans;
}

export function serialiseModel(model: NerModel): string {
  const weights: Record<string, number[]> = {};
  for (const [f, w] of model.weights) weights[f] = Array.from(w, (x) => Math.round(x * 100) / 100);
  const stored: StoredModel = { labels: [...NER_LABELS], transitions: Array.from(model.transitions), weights };
  return JSON.stringify(stored);
}

export function parseModel(json: string): NerModel {
  const stored = JSON.parse(json) as StoredModel;
  const weights = new Map(Object.entries(stored.weights).map(([f, w]) => [f, Float64Array.from(w)] as const));
  return { weights, transitions: Float64Array.from(stored.transitions) };
}

/** The model shipped in the repo (trained by `train-ner.js`). */
export function shippedModel(): NerModel {
  shipped ??= parseModel(readFileSync(MODEL_URL, "utf8"));
  return shipped;
}

/** Person, place and organisation names in a sentence or paragraph. */
export function recogniseNames(text: string, tokens: TaggedToken[] = tagText(text), model: NerModel = shippedModel()): NerSpan[] {
  const labels = decodeLabels(model, charFeatures(text, tokens));
  return labelsToSpans(labels.map((y) => NER_LABELS[y]));
}
