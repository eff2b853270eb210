import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGoldCases } from "../src/eval/gold.js";
import { evaluateCases, formatRow, HEADER, totalScore } from "../src/eval/run-eval.js";

const PDF_DIR = path.join(import.meta.dirname, "../eval/pdf");

describe("parsing the generated e-paper PDFs", async () => {
  const pdfRows = await evaluateCases(loadGoldCases(PDF_DIR, ".pdf"));
  const textRows = await evaluateCases(loadGoldCases());
  const pdf = totalScore(pdfRows);
  const text = totalScore(textRows.filter((row) => pdfRows.some((p) => p.name === row.name)));
  console.log(["", `PDF path:  ${HEADER}`, ...pdfRows.map((r) => `           ${formatRow(r.name, r.score)}`), `PDF total  ${formatRow("", pdf)}`, `text total ${formatRow("", text)}`].join("\n"));

  it("finds every gold article of every page", () => {
    expect(pdf.matchedArticles).toBe(pdf.goldArticles);
  });

  it("scores at least as well as the text path on the same content", () => {
    expect(pdf.exactArticles).toBeGreaterThanOrEqual(text.exactArticles);
    expect(pdf.exactParagraphs).toBeGreaterThanOrEqual(text.exactParagraphs);
    expect(pdf.correctTitleFields).toBeGreaterThanOrEqual(text.correctTitleFields);
  });

  it("leaves no column break to repair", () => {
    expect(pdf.predictedJoins).toBe(0);
  });

  it("loses no text", () => {
    expect(pdfRows.filter((row) => !row.score.lossless).map((row) => row.name)).toEqual([]);
  });
});
