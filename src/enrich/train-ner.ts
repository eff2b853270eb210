/**
 * Train the shipped name recogniser: the average of BAGS structured averaged perceptrons over `charFeatures`, each
 * trained on the corpus and its own copy of it with the names swapped (`withReplacedMentions`), in its own order.
 *
 *   node dist/enrich/train-ner.js CORPUS            write src/enrich/ner-model.json
 *   node dist/enrich/train-ner.js CORPUS --folds 5  cross-validate only; writes nothing
 *   node dist/enrich/train-ner.js CORPUS --folds 5 --blocks  the same with folds of contiguous sentences
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { goldSpans, NER_TYPES, precisionRecallF1, readBioCorpus, scoreSpans, type LabelledSentence } from "./ner-corpus.js";
import { withReplacedMentions } from "./ner-augment.js";
import { charFeatures } from "./ner-features.js";
import {
  allowedTransition, averageModels, decodeLabels, emissionsOfRows, emptyModel, labelsToSpans, NER_LABELS, serialiseModel, spansToLabels, withoutSmallWeights, type NerModel, type NerSpan,
} from "./ner-model.js";
import { recogniseEntities } from "./recognise.js";
import { tagText, type TaggedToken } from "./segmenter.js";

const EPOCHS = 12;
/** Perceptrons averaged into the shipped model; each sees a different swapped copy and order. */
const BAGS = 5;
/** Features of the averaged model with no weight this large are dropped: half of them, at no cost in cross-validation. */
const MIN_AVERAGED_WEIGHT = 0.5;
const MIN_FEATURE_COUNT = 2;
const L = NER_LABELS.length;

interface Example {
  tokens: TaggedToken[];
  rows: string[][];
  gold: number[];
}

export function toExample(s: LabelledSentence): Example {
  const tokens = tagText(s.text);
  const labels = spansToLabels(goldSpans(s), s.text.length);
  return { tokens, rows: charFeatures(s.text, tokens), gold: labels.map((l) => NER_LABELS.indexOf(l as (typeof NER_LABELS)[number])) };
}

function frequentFeatures(examples: Example[]): Set<string> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const row of e.rows) for (const f of row) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= MIN_FEATURE_COUNT).map(([f]) => f));
}

/** Averaged perceptron over interned features: `w - total/step` is the average of the weights over all steps. */
class Trainer {
  readonly model: NerModel;
  private readonly totals: Float64Array;
  private readonly totalTransitions = new Float64Array((L + 1) * L);
  private step = 1;

  constructor(features: Set<string>) {
    this.model = emptyModel(features);
    this.totals = new Float64Array(this.model.weights.length);
  }

  /** Each character's features as ids of this model, unknown ones dropped. */
  idRows(e: Example): Int32Array[] {
    return e.rows.map((r) => Int32Array.from(r.map((f) => this.model.featureIds.get(f) ?? -1).filter((id) => id >= 0)));
  }

  learn(rows: Int32Array[], gold: number[]): void {
    const guess = decodeLabels(this.model, this.emissions(rows));
    rows.forEach((ids, i) => {
      if (guess[i] !== gold[i]) for (const id of ids) this.bump(id, gold[i], guess[i]);
      const from = (seq: number[]) => (i === 0 ? L : seq[i - 1]);
      if (guess[i] !== gold[i] || from(guess) !== from(gold)) {
        this.bumpTransition(from(gold) * L + gold[i], 1);
        this.bumpTransition(from(guess) * L + guess[i], -1);
      }
    });
    this.step++;
  }

  /** The averaged weights; features whose weights all round to zero are left out. */
  averaged(): NerModel {
    const kept = new Map<string, Float64Array>();
    for (const [f, id] of this.model.featureIds) {
      const a = Float64Array.from({ length: L }, (_, y) => this.model.weights[id * L + y] - this.totals[id * L + y] / this.step);
      if (a.some((x) => Math.abs(x) >= 0.01)) kept.set(f, a);
    }
    const avg = emptyModel(kept.keys());
    for (const [f, id] of avg.featureIds) avg.weights.set(kept.get(f)!, id * L);
    avg.transitions.set(this.model.transitions.map((x, k) => (allowedTransition(Math.floor(k / L), k % L) ? x - this.totalTransitions[k] / this.step : -1e6)));
    return avg;
  }

  private emissions(rows: Int32Array[]): Float64Array {
    const scores = new Float64Array(rows.length * L);
    rows.forEach((ids, i) => {
      for (const id of ids) for (let y = 0; y < L; y++) scores[i * L + y] += this.model.weights[id * L + y];
    });
    return scores;
  }

  private bump(id: number, good: number, bad: number): void {
    this.model.weights[id * L + good] += 1;
    this.model.weights[id * L + bad] -= 1;
    this.totals[id * L + good] += this.step;
    this.totals[id * L + bad] -= this.step;
  }

  private bumpTransition(k: number, delta: number): void {
    this.model.transitions[k] += delta;
    this.totalTransitions[k] += delta * this.step;
  }
}

/** Deterministic shuffle so that runs are reproducible. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One perceptron; `order` picks the shuffles of its epochs. */
export function train(examples: Example[], order = 0): NerModel {
  const trainer = new Trainer(frequentFeatures(examples));
  const prepared = examples.map((e) => ({ rows: trainer.idRows(e), gold: e.gold }));
  for (let epoch = 0; epoch < EPOCHS; epoch++) for (const e of shuffled(prepared, order * 1000 + epoch + 1)) trainer.learn(e.rows, e.gold);
  return trainer.averaged();
}

/**
 * The shipped kind of model: BAGS perceptrons, each on the sentences and a swapped copy of them made with its own
 * seed, averaged into one (a linear model, so this equals averaging their label scores before decoding); features
 * left with only small weights are dropped.
 */
export function trainBagged(sentences: LabelledSentence[], examples: Example[], seed: number): NerModel {
  const models = Array.from({ length: BAGS }, (_, b) => train([...examples, ...withReplacedMentions(sentences, seed + 100 * b).map(toExample)], b));
  return withoutSmallWeights(averageModels(models), MIN_AVERAGED_WEIGHT);
}

function f1Line(pairs: Array<{ gold: NerSpan[]; predicted: NerSpan[] }>): string {
  const scores = scoreSpans(pairs);
  return NER_TYPES.map((t) => `${t} F1 ${precisionRecallF1(scores[t]).f1.toFixed(3)}`).join("  ");
}

/**
 * Scores the bare sequence model and the full recogniser (model + repairs) on held-out folds: interleaved sentences,
 * or with `blocks` contiguous runs of sentences.
 */
function crossValidate(sentences: LabelledSentence[], examples: Example[], folds: number, blocks: boolean): void {
  const foldOf = (i: number) => (blocks ? Math.floor((i * folds) / sentences.length) : i % folds);
  const bare: Array<{ gold: NerSpan[]; predicted: NerSpan[] }> = [];
  const full: Array<{ gold: NerSpan[]; predicted: NerSpan[] }> = [];
  for (let k = 0; k < folds; k++) {
    const inTraining = (_: unknown, i: number) => foldOf(i) !== k;
    const model = trainBagged(sentences.filter(inTraining), examples.filter(inTraining), k + 1);
    examples.forEach((e, i) => {
      if (foldOf(i) !== k) return;
      const gold = goldSpans(sentences[i]);
      bare.push({ gold, predicted: labelsToSpans(decodeLabels(model, emissionsOfRows(model, e.rows)).map((y) => NER_LABELS[y])) });
      full.push({ gold, predicted: recogniseEntities(sentences[i].text, e.tokens, model) });
    });
  }
  console.log(`${folds}-fold cross-validation${blocks ? " (contiguous blocks)" : ""}`);
  console.log(`  sequence model: ${f1Line(bare)}`);
  console.log(`  with repairs:   ${f1Line(full)}`);
}

function main(argv: string[]): void {
  const [corpus, flag, value, blocks] = argv;
  if (!corpus) throw new Error("usage: train-ner CORPUS [--folds K [--blocks]]");
  const sentences = readBioCorpus(corpus);
  const examples = sentences.map(toExample);
  if (flag === "--folds") return crossValidate(sentences, examples, Number(value), blocks === "--blocks");
  const target = fileURLToPath(new URL("../../src/enrich/ner-model.json", import.meta.url));
  writeFileSync(target, serialiseModel(trainBagged(sentences, examples, 1)));
  console.log(`wrote ${target}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
