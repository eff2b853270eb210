import type { Article, BodyBlock } from "../model/page.js";
import type { CorrectionRequest } from "./schemas.js";
import { HttpError } from "./http-error.js";

type Changes = CorrectionRequest["changes"];

/** The article with the requested changes applied; spans keep pointing at the original source. */
export function applyChanges(article: Article, changes: Changes): Article {
  const { body, people, ...fields } = changes;
  const updated: Article = { ...article, people: people ?? article.people, body: replaceBodyText(article.body, body) };
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined) updated[field as keyof typeof fields] = emptyToNull(value);
  }
  return updated;
}

function emptyToNull(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value.trim();
}

function replaceBodyText(blocks: BodyBlock[], texts: string[] | undefined): BodyBlock[] {
  if (texts === undefined) return blocks;
  if (texts.length !== blocks.length) {
    throw new HttpError(400, `body must have ${blocks.length} entries, one per block; got ${texts.length}`);
  }
  return blocks.map((block, i) => withText(block, texts[i]));
}

/** A block with new text; its bold lead survives only while the text still opens with it. */
function withText(block: BodyBlock, text: string): BodyBlock {
  const { lead, ...rest } = block;
  const keepsLead = lead !== undefined && text.startsWith(lead);
  return keepsLead ? { ...rest, text, lead } : { ...rest, text };
}
