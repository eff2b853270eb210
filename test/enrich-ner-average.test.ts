import { describe, expect, it } from "vitest";
import { averageModels, emissionsOfRows, emptyModel, NER_LABELS, withoutSmallWeights, type NerModel } from "../src/enrich/ner-model.js";

const L = NER_LABELS.length;
type Label = (typeof NER_LABELS)[number];

/** A row of one weight per label, zero but for the labels named. */
function labelRow(weights: Partial<Record<Label, number>>): number[] {
  return NER_LABELS.map((label) => weights[label] ?? 0);
}

function model(weights: Record<string, Partial<Record<Label, number>>>, transition: number): NerModel {
  const m = emptyModel(Object.keys(weights));
  for (const [f, id] of m.featureIds) m.weights.set(labelRow(weights[f]), id * L);
  m.transitions.fill(transition);
  return m;
}

describe("averaging models", () => {
  const a = model({ "c0=李": { "B-PER": 4 }, bias: { O: 2 } }, 1);
  const b = model({ "c0=李": { "B-PER": 2, "B-LOC": 2 }, "c1=明": { "I-PER": 6 } }, 3);
  const mean = averageModels([a, b]);

  it("keeps every feature of every model and averages its weights, counting a missing feature as zero", () => {
    expect([...mean.featureIds.keys()].sort()).toEqual(["bias", "c0=李", "c1=明"]);
    const row = (f: string) => Array.from(mean.weights.subarray(mean.featureIds.get(f)! * L, mean.featureIds.get(f)! * L + L));
    expect(row("c0=李")).toEqual(labelRow({ "B-PER": 3, "B-LOC": 1 }));
    expect(row("bias")).toEqual(labelRow({ O: 1 }));
    expect(row("c1=明")).toEqual(labelRow({ "I-PER": 3 }));
  });

  it("averages the transitions", () => {
    expect(Array.from(new Set(mean.transitions))).toEqual([2]);
  });

  it("gives the mean of the models' label scores", () => {
    const rows = [["c0=李", "bias"], ["c1=明", "c9=x"]];
    const [ea, eb, em] = [a, b, mean].map((m) => emissionsOfRows(m, rows));
    em.forEach((x, k) => expect(x).toBeCloseTo((ea[k] + eb[k]) / 2));
  });
});

describe("dropping small weights", () => {
  const m = model({ big: { "B-PER": 0.6 }, negative: { "B-LOC": -0.5 }, small: { O: 0.4, "B-PER": -0.4, "I-PER": 0.1 } }, 1);
  const pruned = withoutSmallWeights(m, 0.5);

  it("keeps the features with a weight at least that large in magnitude, with their weights and the transitions", () => {
    expect([...pruned.featureIds.keys()]).toEqual(["big", "negative"]);
    expect(pruned.weights[pruned.featureIds.get("negative")! * L + NER_LABELS.indexOf("B-LOC")]).toBe(-0.5);
    expect(Array.from(new Set(pruned.transitions))).toEqual([1]);
  });
});
