import type { SourceBlock, SourceDocument } from "../model/block.js";
import { decodePageBytes, sha256Hex, type DecodedText } from "./decode.js";

/**
 * A plain-text page as blocks: every non-empty line is one block. Text extraction puts a
 * blank line between the blocks it saw; a line of its own is still a unit (a headline,
 * a byline), and the parser decides which lines belong together.
 */
export function splitTextBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const linePattern = /[^\r\n]+/g;
  for (const match of text.matchAll(linePattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    const start = match.index + leading;
    blocks.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return blocks;
}

export function textDocument(decoded: DecodedText, path?: string): SourceDocument {
  return {
    text: decoded.text,
    encoding: decoded.encoding,
    sha256: decoded.sha256,
    path,
    format: "text",
    blocks: splitTextBlocks(decoded.text),
  };
}

export function textDocumentFromString(text: string, path?: string): SourceDocument {
  return textDocument({ text, encoding: "utf-8", sha256: sha256Hex(text) }, path);
}

export function textDocumentFromBytes(bytes: Uint8Array, path?: string): SourceDocument {
  return textDocument(decodePageBytes(bytes, path), path);
}
