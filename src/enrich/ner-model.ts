import { readFileSync } from "node:fs";
import { forEachContextFeature, NGRAM_PADDING, NGRAM_TEMPLATES, paddedText } from "./ner-features.js";
import { ContextFeatureTable } from "./ner-templates.js";
import { tagText, type TaggedToken } from "./segmenter.js";

/** BIOES: a name's first (B), inner (I) and last (E) characters, or its only one (S). */
export const NER_LABELS = [
  "O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC", "B-ORG", "I-ORG", "E-ORG", "S-ORG",
] as const;
export type NerType = "PER" | "LOC" | "ORG";

/** A recognised name: half-open character offsets and its type. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Weights of a linear sequence labeller: feature strings interned to rows of one weight per label, plus label transitions. */
export interface NerModel {
  featureIds: Map<string, number>;
  /** weights[featureId * L + label]. */
  weights: Float64Array;
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

/** A model over a fixed set of features, all weights zero. */
export function emptyModel(features: Iterable<string>): NerModel {
  const featureIds = new Map<string, number>();
  for (const f of features) if (!featureIds.has(f)) featureIds.set(f, featureIds.size);
  return { featureIds, weights: new Float64Array(featureIds.size * L), transitions: new Float64Array((L + 1) * L) };
}

/** The mean of several models: each feature's weights averaged over all of them (0 where a model lacks it), and the transitions. */
export function averageModels(models: NerModel[]): NerModel {
  const features = new Set(models.flatMap((m) => [...m.featureIds.keys()]));
  const mean = emptyModel(features);
  for (const m of models) {
    for (const [f, id] of m.featureIds) {
      const to = mean.featureIds.get(f)! * L;
      for (let y = 0; y < L; y++) mean.weights[to + y] += m.weights[id * L + y] / models.length;
    }
    m.transitions.forEach((x, k) => (mean.transitions[k] += x / models.length));
  }
  return mean;
}

/** The model without the features whose weights are all smaller than `min` in magnitude. */
export function withoutSmallWeights(model: NerModel, min: number): NerModel {
  const rowOf = (id: number) => model.weights.subarray(id * L, id * L + L);
  const kept = [...model.featureIds].filter(([, id]) => rowOf(id).some((x) => Math.abs(x) >= min));
  const pruned = emptyModel(kept.map(([f]) => f));
  kept.forEach(([, id], k) => pruned.weights.set(rowOf(id), k * L));
  pruned.transitions.set(model.transitions);
  return pruned;
}

/** Does a label leave a name open, to be continued by I-X or E-X of its type? */
function opensName(label: string): boolean {
  return label.startsWith("B-") || label.startsWith("I-");
}

/** I-X and E-X continue an open name of type X (after B-X or I-X); every other label needs none open. `from` L is the start. */
export function allowedTransition(from: number, to: number): boolean {
  const label = NER_LABELS[to];
  const open = from < L && opensName(NER_LABELS[from]);
  if (label.startsWith("I-") || label.startsWith("E-")) return open && NER_LABELS[from].slice(2) === label.slice(2);
  return !open;
}

/** A sequence may end only on a label that leaves no name open. */
const MAY_END = NER_LABELS.map((label) => !opensName(label));

const ALLOWED = Array.from({ length: (L + 1) * L }, (_, k) => allowedTransition(Math.floor(k / L), k % L));
/** Per label, the labels it may follow, in increasing order. */
const ALLOWED_FROM = NER_LABELS.map((_, to) => Int8Array.from(NER_LABELS.keys()).filter((from) => ALLOWED[from * L + to]));

/** Adds the weights of one feature to the scores of character `i` (scores[i * L + label]); unknown features add nothing. */
function addFeature(model: NerModel, scores: Float64Array, i: number, feature: string): void {
  const id = model.featureIds.get(feature);
  if (id !== undefined) addWeights(model, scores, i, id);
}

/** Label scores of every character from precomputed feature rows. */
export function emissionsOfRows(model: NerModel, rows: string[][]): Float64Array {
  const scores = new Float64Array(rows.length * L);
  rows.forEach((features, i) => {
    for (const f of features) addFeature(model, scores, i, f);
  });
  return scores;
}

/**
 * The model's n-gram features keyed by integers instead of strings: every UTF-16 unit of an n-gram has an id,
 * an n-gram of length n ≥ 2 has an id looked up by (id of its first n-1 units) * units + id of its last unit,
 * and per template a table gives the feature id of each n-gram id of the template's length (or -1).
 */
interface NgramIndex {
  unitIds: Int32Array;
  units: number;
  longerIds: Array<Map<number, number>>;
  featureOf: Int32Array[];
}

const ngramIndexes = new WeakMap<NerModel, NgramIndex>();
const MAX_NGRAM = Math.max(...NGRAM_TEMPLATES.map(([, , length]) => length));

const NGRAM_TEMPLATE_BY_NAME = new Map(NGRAM_TEMPLATES.map(([name], t) => [name, t] as const));

/** The n-gram template of a feature string, if it is a character n-gram feature. */
function ngramTemplateOf(feature: string): number | undefined {
  const eq = feature.indexOf("=");
  return eq > 0 ? NGRAM_TEMPLATE_BY_NAME.get(feature.slice(0, eq)) : undefined;
}

/** The n-gram features of a model: [template index, n-gram, feature id]. */
function ngramFeatures(model: NerModel): Array<[template: number, ngram: string, feature: number]> {
  const found: Array<[number, string, number]> = [];
  for (const [f, id] of model.featureIds) {
    const t = ngramTemplateOf(f);
    if (t !== undefined) found.push([t, f.slice(f.indexOf("=") + 1), id]);
  }
  return found;
}

/** The other features of a model: [feature, feature id]. */
function contextFeatures(model: NerModel): Array<[feature: string, id: number]> {
  return [...model.featureIds].filter(([f]) => ngramTemplateOf(f) === undefined);
}

function buildNgramIndex(model: NerModel): NgramIndex {
  const features = ngramFeatures(model);
  const unitIds = new Int32Array(0x10000).fill(-1);
  let units = 0;
  for (const [, ngram] of features) for (let k = 0; k < ngram.length; k++) if (unitIds[ngram.charCodeAt(k)] < 0) unitIds[ngram.charCodeAt(k)] = units++;
  const longerIds = Array.from({ length: MAX_NGRAM + 1 }, () => new Map<number, number>());
  const idOf = (ngram: string): number => {
    let id = unitIds[ngram.charCodeAt(0)];
    for (let n = 2; n <= ngram.length; n++) {
      const key = id * units + unitIds[ngram.charCodeAt(n - 1)];
      if (!longerIds[n].has(key)) longerIds[n].set(key, longerIds[n].size);
      id = longerIds[n].get(key)!;
    }
    return id;
  };
  const ids = features.map(([, ngram]) => idOf(ngram));
  const featureOf = NGRAM_TEMPLATES.map(([, , length]) => new Int32Array(length === 1 ? units : longerIds[length].size).fill(-1));
  features.forEach(([t, , feature], k) => (featureOf[t][ids[k]] = feature));
  return { unitIds, units, longerIds, featureOf };
}

function ngramIndex(model: NerModel): NgramIndex {
  let index = ngramIndexes.get(model);
  if (!index) ngramIndexes.set(model, (index = buildNgramIndex(model)));
  return index;
}

/** N-gram ids at every position of a text, by length (ids[n][p] for the n units from p), -1 where the model has none. */
function ngramIdsByLength(index: NgramIndex, text: string): Int32Array[] {
  const units = new Int32Array(text.length);
  for (let p = 0; p < text.length; p++) units[p] = index.unitIds[text.charCodeAt(p)];
  const ids = [new Int32Array(0), units];
  for (let n = 2; n <= MAX_NGRAM; n++) {
    const shorter = ids[n - 1];
    const longer = new Int32Array(text.length).fill(-1);
    for (let p = 0; p + n <= text.length; p++) {
      const last = ids[1][p + n - 1];
      if (shorter[p] >= 0 && last >= 0) longer[p] = index.longerIds[n].get(shorter[p] * index.units + last) ?? -1;
    }
    ids.push(longer);
  }
  return ids;
}

/** Adds the n-gram features of every character, looking each n-gram of the padded text up once by integer key. */
function addNgramFeatures(model: NerModel, scores: Float64Array, text: string): void {
  const index = ngramIndex(model);
  const idsByLength = ngramIdsByLength(index, paddedText(text));
  NGRAM_TEMPLATES.forEach(([, offset, length], t) => {
    const ids = idsByLength[length];
    const table = index.featureOf[t];
    for (let i = 0; i < text.length; i++) {
      const ngram = ids[i + NGRAM_PADDING + offset];
      const feature = ngram < 0 ? -1 : table[ngram];
      if (feature >= 0) addWeights(model, scores, i, feature);
    }
  });
}

function addWeights(model: NerModel, scores: Float64Array, i: number, featureId: number): void {
  const { weights } = model;
  const w = featureId * L;
  const s = i * L;
  for (let y = 0; y < L; y++) scores[s + y] += weights[w + y];
}

const contextTables = new WeakMap<NerModel, ContextFeatureTable>();

/** The model's context features (all but the n-grams) indexed by template and value ids. */
function contextTable(model: NerModel): ContextFeatureTable {
  let table = contextTables.get(model);
  if (!table) contextTables.set(model, (table = new ContextFeatureTable(contextFeatures(model))));
  return table;
}

/** Label scores of every character of a text, computed while its features are generated (the same as `emissionsOfRows` of `charFeatures`). */
export function emissionsOfText(model: NerModel, text: string, tokens: TaggedToken[]): Float64Array {
  const scores = new Float64Array(text.length * L);
  addNgramFeatures(model, scores, text);
  const table = contextTable(model);
  forEachContextFeature(text, tokens, table.vocab, (i, t, a, b, c) => {
    const id = table.featureId(t, a, b, c);
    if (id >= 0) addWeights(model, scores, i, id);
  });
  return scores;
}

/** Best label sequence (first-order Viterbi) given per-character label scores emit[i * L + label]. */
export function decodeLabels(model: NerModel, emit: Float64Array): number[] {
  const n = emit.length / L;
  if (n === 0) return [];
  const back = new Int8Array(n * L);
  let prev = new Float64Array(L);
  let next = new Float64Array(L);
  for (let to = 0; to < L; to++) prev[to] = ALLOWED[L * L + to] ? model.transitions[L * L + to] + emit[to] : -Infinity;
  const { transitions } = model;
  for (let i = 1; i < n; i++) {
    for (let to = 0; to < L; to++) {
      let best = -Infinity;
      let arg = 0;
      const froms = ALLOWED_FROM[to];
      for (let k = 0; k < froms.length; k++) {
        const from = froms[k];
        const s = prev[from] + transitions[from * L + to];
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      next[to] = best + emit[i * L + to];
      back[i * L + to] = arg;
    }
    const scored = next;
    next = prev;
    prev = scored;
  }
  let best = 0;
  for (let y = 1; y < L; y++) if (MAY_END[y] && prev[y] > prev[best]) best = y;
  const labels = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = best;
    best = back[i * L + best];
  }
  return labels;
}

/** Turn a BIO or BIOES label sequence into spans: I-X (and E-X, which closes it) continues a name of type X left open just before. */
export function labelsToSpans(labels: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open = false;
  labels.forEach((label, i) => {
    const last = spans.at(-1);
    const continues = /^[IE]-/.test(label) && open && last?.end === i && last.type === label.slice(2);
    if (continues) last.end = i + 1;
    else if (label !== "O") spans.push({ start: i, end: i + 1, type: label.slice(2) as NerType });
    open = label !== "O" && !/^[ES]-/.test(label);
  });
  return spans;
}

/** The BIOES labels of a text of `length` characters with these names. */
export function spansToLabels(spans: readonly NerSpan[], length: number): string[] {
  const labels = new Array<string>(length).fill("O");
  for (const { start, end, type } of spans) {
    if (end - start === 1) labels[start] = `S-${type}`;
    else for (let i = start; i < end; i++) labels[i] = `${i === start ? "B" : i === end - 1 ? "E" : "I"}-${type}`;
  }
  return labels;
}

export function serialiseModel(model: NerModel): string {
  const weights: Record<string, number[]> = {};
  for (const [f, id] of model.featureIds) weights[f] = Array.from(model.weights.subarray(id * L, id * L + L), (x) => Math.round(x * 100) / 100);
  const stored: StoredModel = { labels: [...NER_LABELS], transitions: Array.from(model.transitions), weights };
  return JSON.stringify(stored);
}

export function parseModel(json: string): NerModel {
  const stored = JSON.parse(json) as StoredModel;
  if (stored.labels.join() !== NER_LABELS.join()) throw new Error(`NER model labels ${stored.labels.join(" ")} are not ${NER_LABELS.join(" ")}: retrain it`);
  const model = emptyModel(Object.keys(stored.weights));
  for (const [f, id] of model.featureIds) model.weights.set(stored.weights[f], id * L);
  model.transitions.set(stored.transitions);
  return model;
}

/** The model shipped in the repo (trained by `train-ner.js`). */
export function shippedModel(): NerModel {
  shipped ??= parseModel(readFileSync(MODEL_URL, "utf8"));
  return shipped;
}

/** Person, place and organisation names in a sentence or paragraph. */
export function recogniseNames(text: string, tokens: TaggedToken[] = tagText(text), model: NerModel = shippedModel()): NerSpan[] {
  const labels = decodeLabels(model, emissionsOfText(model, text, tokens));
  return labelsToSpans(labels.map((y) => NER_LABELS[y]));
}
