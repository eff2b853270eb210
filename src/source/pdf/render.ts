import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { openPdf } from "./pdfjs.js";

const run = promisify(execFile);

export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
  scale: number;
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function renderWithPoppler(bytes: Uint8Array, pageIndex: number, scale: number): Promise<Buffer> {
  const page = String(pageIndex + 1);
  const args = ["-png", "-singlefile", "-f", page, "-l", page, "-r", String(72 * scale), "-"];
  const child = run("pdftoppm", args, { encoding: "buffer", maxBuffer: 256 * 1024 * 1024 });
  child.child.stdin?.end(Buffer.from(bytes));
  return (await child).stdout;
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: { toBuffer(type: "image/png"): Buffer }; context: CanvasRenderingContext2D };
}

async function renderWithPdfjs(bytes: Uint8Array, pageIndex: number, scale: number): Promise<Buffer> {
  const pdf = await openPdf(bytes);
  try {
    const page = await pdf.getPage(pageIndex + 1);
    const viewport = page.getViewport({ scale });
    const factory = pdf.canvasFactory as CanvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context, viewport }).promise;
    return canvas.toBuffer("image/png");
  } finally {
    await pdf.destroy();
  }
}

/**
 * A PNG of one PDF page (`pageIndex` from 0) at `scale` × 72 dpi: poppler's pdftoppm when it
 * is on the PATH, else pdf.js drawing on @napi-rs/canvas.
 */
export async function renderPdfPage(bytes: Uint8Array, pageIndex: number, scale: number): Promise<RenderedPage> {
  const png = onPath("pdftoppm") ? await renderWithPoppler(bytes, pageIndex, scale) : await renderWithPdfjs(bytes, pageIndex, scale);
  return { png, ...pngSize(png), scale };
}
