import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

const require = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(require.resolve("pdfjs-dist/package.json"));

/**
 * A folder shipped inside pdfjs-dist (`cmaps`, `standard_fonts`). In Node pdf.js reads these with
 * fs.readFile(base + name), so the base must be a plain path ending in a separator, not a file: URL.
 */
function pdfjsAsset(folder: string): string {
  return path.join(PDFJS_ROOT, folder) + path.sep;
}

/** Opens a PDF with the CMaps and standard fonts that pdfjs-dist ships: no worker download, no network. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsAsset("cmaps"),
    cMapPacked: true,
    standardFontDataUrl: pdfjsAsset("standard_fonts"),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}
