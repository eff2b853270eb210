import type { Item, Person } from "../model/page.js";
import { bilingual } from "./bilingual.js";
import { parseCredit } from "./credits.js";
import { mergeBBoxes, partOf, spanOf } from "./parts.js";
import type { ItemDraft } from "./structure.js";

const STAFF_CREDIT = bilingual(/(?:责任编辑|责编|图片编辑)\s*[:：]?\s*([\p{Script=Han}\s、]+?)(?=\s*(?:美编|校对|组版|版式|审读|编辑|图片编辑|责任编辑|责编|[:：\d]|$))/gu);

export function buildItem(draft: ItemDraft): Item {
  const parts = [...draft.units, ...draft.credits].map(partOf).sort((a, b) => a.start - b.start);
  const item: Item = {
    kind: draft.kind,
    text: draft.units.map((unit) => unit.text).join("\n"),
    spans: parts.map(spanOf),
  };
  const people = peopleOf(draft);
  if (people.length) item.people = people;
  if (draft.credits.length) item.credit = draft.credits.map((unit) => unit.text).join(" ");
  const bbox = mergeBBoxes(parts);
  if (bbox) item.bbox = bbox;
  return item;
}

function peopleOf(draft: ItemDraft): Person[] {
  if (draft.kind === "photo") return draft.credits.flatMap((unit) => parseCredit(unit.text));
  if (draft.kind === "folio") return draft.units.flatMap((unit) => staffOf(unit.text));
  return [];
}

/** The page's staff named in a folio: 责任编辑:王明 美编:李华. */
function staffOf(folio: string): Person[] {
  return [...folio.matchAll(STAFF_CREDIT)].flatMap((match) => parseCredit(match[1]).map((person) => ({ name: person.name, role: "editor" as const })));
}
