import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { charFeatures } from "../src/enrich/ner-features.js";
import { emissionsOfRows, emissionsOfText, shippedModel } from "../src/enrich/ner-model.js";
import { ContextFeatureTable, parseFeature, renderFeature, vocabularies } from "../src/enrich/ner-templates.js";
import { tagText } from "../src/enrich/segmenter.js";

const PAGE = readFileSync(new URL("../eval/gold/baicheng-daily-2022-08-page.txt", import.meta.url), "utf8");

describe("context features as integer templates", () => {
  it.each(["w=a|b|B", "surnameClass=hanedge", "pw=#", "surname+1=", "abbrevPair=true|false|S", "next:title|E", "ptag2=#|nr|v", "bias"])(
    "%s parses into template and values and renders back",
    (feature) => {
      const vocab = vocabularies(true);
      const [t, a, b, c] = parseFeature(vocab, feature)!;
      expect(renderFeature(vocab, t, a, b, c)).toBe(feature);
    },
  );

  it("rejects strings that fit no template", () => {
    expect(parseFeature(vocabularies(true), "tag=nr|X")).toBeUndefined();
    expect(() => new ContextFeatureTable([["c0=中", 0]])).toThrow(/fits no template/);
  });

  it("finds a model's feature by its value ids and nothing for unknown values", () => {
    const table = new ContextFeatureTable([["w=白城|B", 7], ["tag=ns|S", 3]]);
    const [t, a, b, c] = parseFeature(table.vocab, "w=白城|B")!;
    expect(table.featureId(t, a, b, c)).toBe(7);
    expect(table.vocab.word.id("长春")).toBe(-1);
    expect(table.featureId(t, -1, b, c)).toBe(-1);
  });

  it.each([
    ["seed page", PAGE.slice(0, 1500)],
    ["short sentence", "新华社北京电 国务院总理李鹏今天会见了美国客人欧阳明。"],
    ["edges", "李"],
  ])("scores the %s exactly as the feature strings do", (_, text) => {
    const model = shippedModel();
    const tokens = tagText(text);
    expect(emissionsOfText(model, text, tokens)).toEqual(emissionsOfRows(model, charFeatures(text, tokens)));
  });
});
