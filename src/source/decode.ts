import { createHash } from "node:crypto";
import { BanmianError } from "../model/errors.js";

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";
  sha256: string;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Decode the bytes of a page's text: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK when the bytes are not valid UTF-8. Binary or empty input is refused.
 */
export function decodePageBytes(bytes: Uint8Array, name = "input"): DecodedText {
  if (bytes.length === 0) throw new BanmianError(`${name}: file is empty`);
  const { text, encoding } = decodeByBom(bytes) ?? decodeWithoutBom(bytes, name);
  assertLooksLikeText(text, name);
  return { text, encoding, sha256: sha256Hex(bytes) };
}

function decodeByBom(bytes: Uint8Array): Pick<DecodedText, "text" | "encoding"> | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode("utf-8", bytes.subarray(3)) ?? "\ufffd", encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode("utf-16le", bytes.subarray(2)) ?? "\ufffd", encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode("utf-16be", bytes.subarray(2)) ?? "\ufffd", encoding: "utf-16be" };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array, name: string): Pick<DecodedText, "text" | "encoding"> {
  if (bytes.includes(0)) throw new BanmianError(`${name}: looks like a binary file, not page text`);
  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = strictDecode("gb18030", bytes);
  if (gb !== null) return { text: gb, encoding: "gb18030" };
  throw new BanmianError(`${name}: cannot decode as UTF-8, UTF-16 or GB18030`);
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

function assertLooksLikeText(text: string, name: string): void {
  if (text.includes("\ufffd") && text.length <= 1) throw new BanmianError(`${name}: cannot decode the text`);
  if (text.trim() === "") throw new BanmianError(`${name}: file has no text`);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.01)) {
    throw new BanmianError(`${name}: looks like a binary file, not page text`);
  }
}
