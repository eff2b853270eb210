import { describe, expect, it } from "vitest";
import { allowedTransition, decodeLabels, emptyModel, labelsToSpans, NER_LABELS, spansToLabels, type NerSpan } from "../src/enrich/ner-model.js";

const L = NER_LABELS.length;
const names: NerSpan[] = [
  { start: 0, end: 3, type: "PER" },
  { start: 4, end: 5, type: "LOC" },
  { start: 5, end: 7, type: "ORG" },
];

describe("BIOES labels", () => {
  it("label a name's first, inner and last characters, and a one-character name alone", () => {
    expect(spansToLabels(names, 8)).toEqual(["B-PER", "I-PER", "E-PER", "O", "S-LOC", "B-ORG", "E-ORG", "O"]);
  });

  it("turn back into the same names, and so do the corpus's BIO labels", () => {
    expect(labelsToSpans(spansToLabels(names, 8))).toEqual(names);
    expect(labelsToSpans(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "O"])).toEqual(names);
  });

  it("let I and E continue only an open name of their type", () => {
    const at = (label: string) => NER_LABELS.indexOf(label as (typeof NER_LABELS)[number]);
    expect(allowedTransition(at("B-PER"), at("E-PER"))).toBe(true);
    expect(allowedTransition(at("B-PER"), at("E-LOC"))).toBe(false);
    expect(allowedTransition(at("E-PER"), at("I-PER"))).toBe(false);
    expect(allowedTransition(at("B-PER"), at("O"))).toBe(false);
    expect(allowedTransition(L, at("I-ORG"))).toBe(false);
    expect(allowedTransition(L, at("S-ORG"))).toBe(true);
  });

  it("decode to a sequence that closes every name, even where the scores favour an open one at the end", () => {
    const model = emptyModel([]);
    const emit = new Float64Array(3 * L);
    emit[0 * L + NER_LABELS.indexOf("B-PER")] = 5;
    emit[1 * L + NER_LABELS.indexOf("I-PER")] = 5;
    emit[2 * L + NER_LABELS.indexOf("I-PER")] = 5;
    expect(decodeLabels(model, emit).map((y) => NER_LABELS[y])).toEqual(["B-PER", "I-PER", "E-PER"]);
  });
});
