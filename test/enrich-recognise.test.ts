import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleText } from "../src/enrich/index.js";
import { recogniseNames } from "../src/enrich/ner-model.js";
import { recogniseEntities } from "../src/enrich/recognise.js";
import { loadGoldCases } from "../src/eval/gold.js";
import { parsePage } from "../src/parse/index.js";
import { decodePageBytes } from "../src/source/decode.js";

const articleTexts = loadGoldCases().flatMap((goldCase) =>
  parsePage(decodePageBytes(readFileSync(goldCase.sourcePath)).text).articles.map(articleText),
);

describe("recogniseEntities on the articles of every gold page", () => {
  it("never lets a name run across a line break, where the model alone sometimes does", () => {
    const across = (text: string, spans: { start: number; end: number }[]) => spans.filter((s) => text.slice(s.start, s.end).includes("\n"));
    expect(articleTexts.flatMap((text) => across(text, recogniseNames(text))).length).toBeGreaterThan(0);
    expect(articleTexts.flatMap((text) => across(text, recogniseEntities(text)))).toEqual([]);
  });
});

describe("a company name reaching back to its clause start", () => {
  const organisations = (text: string) => recogniseEntities(text).filter((s) => s.type === "ORG").map((s) => text.slice(s.start, s.end));

  it("takes a short name before it (国网 + 白城供电公司) but not a pronoun or preposition", () => {
    expect(organisations("国网白城供电公司组织抢修。")).toContain("国网白城供电公司");
    expect(organisations("他与东湖置业公司签订了合同。")).toEqual(["东湖置业公司"]);
  });
});
