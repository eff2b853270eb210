import { describe, expect, it } from "vitest";
import { extractEntities } from "../src/enrich/index.js";
import { toSimplified } from "../src/model/simplified.js";

describe("toSimplified", () => {
  it("converts character for character, keeping a sentence whose conversion would change its length as written", () => {
    expect(toSimplified("現在上樓。")).toBe("现在上楼。");
    // 餸 converts to a character outside the Basic Multilingual Plane (two UTF-16 units).
    expect(toSimplified("去街市買餸。現在上樓。")).toBe("去街市買餸。现在上楼。");
  });
});

describe("entities of a Traditional text", () => {
  const traditional = "臺中市政府交通局局長張志偉昨日表示，將在彰化縣增設三個巴士站。";
  const simplified = toSimplified(traditional);

  it("are those of its Simplified form, with each mention's text as written and its name in Simplified", () => {
    const [t, s] = [extractEntities(traditional), extractEntities(simplified)];
    const spans = (m: typeof t) => [...m.people, ...m.organisations, ...m.places].map((x) => `${x.start}-${x.end}:${x.name}`);
    expect(spans(t)).toEqual(spans(s));
    expect(t.people.map((p) => [p.text, p.name])).toEqual([["張志偉", "张志伟"]]);
    expect(t.places.find((p) => p.name === "彰化县")?.text).toBe("彰化縣");
  });
});
