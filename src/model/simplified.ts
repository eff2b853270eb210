import * as OpenCC from "opencc-js";

const traditionalToSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** One piece converted, or left as it is when a phrase conversion would change its length. */
function simplifiedPiece(piece: string): string {
  const simplified = traditionalToSimplified(piece);
  return simplified.length === piece.length ? simplified : piece;
}

/**
 * The Simplified form of a text, character for character, so that offsets into it are offsets into the text.
 * Where converting a phrase would change the length, that sentence stays as it is and the others are converted.
 */
export function toSimplified(text: string): string {
  const whole = traditionalToSimplified(text);
  if (whole.length === text.length) return whole;
  return text.split(/(?<=[\n。！？；])/u).map(simplifiedPiece).join("");
}
