/**
 * Train the shipped name recogniser: a structured averaged perceptron over `charFeatures`.
 *
 *   node dist/enrich/train-ner.js CORPUS            write src/enrich/ner-model.json
 *   node dist/enrich/train-ner.js CORPUS --folds 5  cross-validate only; writes nothing
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { goldSpans, NER_TYPES, precisionRecallF1, readBioCorpus, scoreSpans, type LabelledSentence } from "./ner-corpus.js";
import { charFeatures } from "./ner-features.js";
import { allowedTransition, decodeLabels, emptyModel, labelsToSpans, NER_LABELS, serialiseModel, type NerModel, type NerSpan } from "./ner-model.js";
import { recogniseEntities } from "./recognise.js";
import { tagText, type TaggedToken } from "./segmenter.js";

const EPOCHS = 12;
const MIN_FEATURE_COUNT = 2;
const L = NER_LABELS.length;

interface Example {
  tokens: TaggedToken[];
  rows: string[][];
  gold: number[];
}

export function toExample(s: LabelledSentence): Example {
  const tokens = tagText(s.text);
  return { tokens, rows: charFeatures(s.text, tokens), gold: s.labels.map((l) => Math.max(0, NER_LABELS.indexOf(l as never))) };
}

function frequentFeatures(examples: Example[]): Set<string> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const row of e.rows) for (const f of row) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= MIN_FEATURE_COUNT).map(([f]) => f));
}

/** Averaged perceptron: `w - total/step` is the average of the weights over all steps. */
class Trainer {
  readonly model = emptyModel();
  private readonly totals = emptyModel();
  private step = 1;

  constructor(private readonly keep: Set<string>) {}

  learn(e: Example): void {
    const rows = e.rows.map((r) => r.filter((f) => this.keep.has(f)));
    const guess = decodeLabels(this.model, rows);
    rows.forEach((features, i) => {
      if (guess[i] !== e.gold[i]) for (const f of features) this.bump(f, e.gold[i], guess[i]);
      const from = (seq: number[]) => (i === 0 ? L : seq[i - 1]);
      if (guess[i] !== e.gold[i] || from(guess) !== from(e.gold)) {
        this.bumpTransition(from(e.gold) * L + e.gold[i], 1);
        this.bumpTransition(from(guess) * L + guess[i], -1);
      }
    });
    this.step++;
  }

  averaged(): NerModel {
    const avg = emptyModel();
    for (const [f, w] of this.model.weights) {
      const t = this.totals.weights.get(f)!;
      const a = w.map((x, y) => x - t[y] / this.step);
      if (a.some((x) => Math.abs(x) >= 0.01)) avg.weights.set(f, a);
    }
    avg.transitions = this.model.transitions.map((x, k) => x - this.totals.transitions[k] / this.step);
    for (let from = 0; from <= L; from++) for (let to = 0; to < L; to++) if (!allowedTransition(from, to)) avg.transitions[from * L + to] = -1e6;
    return avg;
  }

  private bump(feature: string, good: number, bad: number): void {
    const w = this.row(this.model, feature);
    const t = this.row(this.totals, feature);
    w[good] += 1;
    w[bad] -= 1;
    t[good] += this.step;
    t[bad] -= this.step;
  }

  private bumpTransition(k: number, delta: number): void {
    this.model.transitions[k] += delta;
    this.totals.transitions[k] += delta * this.step;
  }

  private row(model: NerModel, feature: string): Float64Array {
    let w = model.weights.get(feature);
    if (!w) model.weights.set(feature, (w = new Float64Array(L)));
    return w;
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

export function train(examples: Example[]): NerModel {
  const trainer = new Trainer(frequentFeatures(examples));
  for (let epoch = 0; epoch < EPOCHS; epoch++) for (const e of shuffled(examples, epoch + 1)) trainer.learn(e);
  return trainer.averaged();
}

function f1Line(pairs: Array<{ gold: NerSpan[]; predicted: NerSpan[] }>): string {
  const scores = scoreSpans(pairs);
  return NER_TYPES.map((t) => `${t} F1 ${precisionRecallF1(scores[t]).f1.toFixed(3)}`).join("  ");
}

/** Scores the bare sequence model and the full recogniser (model + repairs) on held-out folds. */
function crossValidate(sentences: LabelledSentence[], examples: Example[], folds: number): void {
  const bare: Array<{ gold: NerSpan[]; predicted: NerSpan[] }> = [];
  const full: Array<{ gold: NerSpan[]; predicted: NerSpan[] }> = [];
  for (let k = 0; k < folds; k++) {
    const model = train(examples.filter((_, i) => i % folds !== k));
    examples.forEach((e, i) => {
      if (i % folds !== k) return;
      const gold = goldSpans(sentences[i]);
      bare.push({ gold, predicted: labelsToSpans(decodeLabels(model, e.rows).map((y) => NER_LABELS[y])) });
      full.push({ gold, predicted: recogniseEntities(sentences[i].text, e.tokens, model) });
    });
  }
  console.log(`${folds}-fold cross-validation`);
  console.log(`  sequence model: ${f1Line(bare)}`);
  console.log(`  with repairs:   ${f1Line(full)}`);
}

function main(argv: string[]): void {
  const [corpus, flag, value] = argv;
  if (!corpus) throw new Error("usage: train-ner CORPUS [--folds K]");
  const sentences = readBioCorpus(corpus);
  const examples = sentences.map(toExample);
  if (flag === "--folds") return crossValidate(sentences, examples, Number(value));
  const target = fileURLToPath(new URL("../../src/enrich/ner-model.json", import.meta.url));
  writeFileSync(target, serialiseModel(train(examples)));
  console.log(`wrote ${target}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
