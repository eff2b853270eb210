import { describe, expect, it } from "vitest";
import { averageModels, emissionsOfRows, emptyModel, NER_LABELS, withoutSmallWeights, type NerModel } from "../src/enrich/ner-model.js";

const L = NER_LABELS.length;

function model(weights: Record<string, number[]>, transition: number): NerModel {
  const m = emptyModel(Object.keys(weights));
  for (const [f, id] of m.featureIds) m.weights.set(weights[f], id * L);
  m.transitions.fill(transition);
  return m;
}

describe("averaging models", () => {
  const a = model({ "c0=李": [0, 4, 0, 0, 0, 0, 0], bias: [2, 0, 0, 0, 0, 0, 0] }, 1);
  const b = model({ "c0=李": [0, 2, 0, 2, 0, 0, 0], "c1=明": [0, 0, 6, 0, 0, 0, 0] }, 3);
  const mean = averageModels([a, b]);

  it("keeps every feature of every model and averages its weights, counting a missing feature as zero", () => {
    expect([...mean.featureIds.keys()].sort()).toEqual(["bias", "c0=李", "c1=明"]);
    const row = (f: string) => Array.from(mean.weights.subarray(mean.featureIds.get(f)! * L, mean.featureIds.get(f)! * L + L));
    expect(row("c0=李")).toEqual([0, 3, 0, 1, 0, 0, 0]);
    expect(row("bias")).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(row("c1=明")).toEqual([0, 0, 3, 0, 0, 0, 0]);
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
  const m = model({ big: [0, 0.6, 0, 0, 0, 0, 0], negative: [0, 0, 0, -0.5, 0, 0, 0], small: [0.4, -0.4, 0.1, 0, 0, 0, 0] }, 1);
  const pruned = withoutSmallWeights(m, 0.5);

  it("keeps the features with a weight at least that large in magnitude, with their weights and the transitions", () => {
    expect([...pruned.featureIds.keys()]).toEqual(["big", "negative"]);
    expect(pruned.weights[pruned.featureIds.get("negative")! * L + 3]).toBe(-0.5);
    expect(Array.from(new Set(pruned.transitions))).toEqual([1]);
  });
});
