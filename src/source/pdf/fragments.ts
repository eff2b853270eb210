import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { Util } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Fragment, PageText } from "./types.js";

const BOLD_FONT = /bold|black|heavy|demi|semibold|W[6-9]\b|-B\b/i;
const SANS_FONT = /sans|hei|gothic|黑/i;
/** Where glyphs sit around the baseline, as shares of the font size. */
const ASCENT = 0.88;
const DESCENT = 0.12;
/** The widest space kept, as a share of the font size. */
const MAX_SPACE_WIDTH = 1.2;

interface FontFace {
  bold: boolean;
  sans: boolean;
}

/** The real font names are known only once pdf.js has loaded the page's fonts (through its operator list). */
function fontFace(page: PDFPageProxy, fontId: string, cache: Map<string, FontFace>): FontFace {
  let face = cache.get(fontId);
  if (!face) {
    const name = page.commonObjs.has(fontId) ? String((page.commonObjs.get(fontId) as { name?: string }).name ?? "") : "";
    face = { bold: BOLD_FONT.test(name), sans: SANS_FONT.test(name) };
    cache.set(fontId, face);
  }
  return face;
}

function isTextItem(item: object): item is TextItem {
  return "str" in item;
}

/**
 * A space wider than an ideographic one is a gap that pdf.js bridged between two runs; narrower
 * spaces stay: pdf.js reports a space glyph (an ideographic one too) as " ", and it keeps a line whole.
 */
function isWideGap(item: TextItem): boolean {
  return item.str.trim() === "" && item.width > MAX_SPACE_WIDTH * Math.hypot(item.transform[2], item.transform[3]);
}

/** The page's horizontal text runs in page coordinates (points, origin top-left). */
export async function pageText(page: PDFPageProxy): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  await page.getOperatorList();
  const content = await page.getTextContent();
  const faces = new Map<string, FontFace>();
  const fragments: Fragment[] = [];
  const wideSpaces: Fragment[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str === "") continue;
    const [a, b, c, d, x, baseline] = Util.transform(viewport.transform, item.transform);
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue; // rotated or vertical text
    const size = Math.abs(d);
    (isWideGap(item) ? wideSpaces : fragments).push({
      text: item.str,
      x0: x,
      x1: x + item.width * Math.sign(a || 1),
      y0: baseline - ASCENT * size,
      y1: baseline + DESCENT * size,
      size,
      ...fontFace(page, item.fontName, faces),
    });
  }
  return { width: viewport.width, height: viewport.height, fragments, wideSpaces };
}
