import { describe, expect, it } from "vitest";
import { loadGoldCases } from "../src/eval/gold.js";
import { evaluateCases, totalScore } from "../src/eval/run-eval.js";

describe("the hand-written gold set", async () => {
  const rows = await evaluateCases(loadGoldCases());
  const total = totalScore(rows);

  it("has the seed page and at least 13 pages of our own", () => {
    expect(rows.length).toBeGreaterThanOrEqual(14);
  });

  it("is parsed losslessly, every page", () => {
    expect(rows.filter((row) => !row.score.lossless).map((row) => row.name)).toEqual([]);
  });

  it("keeps accuracy at or above the last measured level", () => {
    expect(total.exactArticles / total.goldArticles).toBeGreaterThanOrEqual(0.95);
    expect(total.exactParagraphs / total.goldParagraphs).toBeGreaterThanOrEqual(0.95);
    expect(total.correctTitleFields / total.titleFields).toBeGreaterThanOrEqual(0.98);
  });
});
