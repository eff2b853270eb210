import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NeedsOcrError, readPdf, readPdfPages, renderPdfPage } from "../src/source/pdf/index.js";

const PDF_DIR = path.join(import.meta.dirname, "../eval/pdf");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(PDF_DIR, name)));

describe("a PDF whose Chinese text uses the non-embedded CID font STSong-Light", () => {
  it("yields its text through pdf.js's CMaps (UniGB-UCS2-H)", async () => {
    const [doc] = await readPdf(fixture("cmap-stsong.pdf"));
    expect(doc.blocks.map((b) => [b.role, b.text])).toEqual([
      ["headline", "白城市举办首届农民丰收节"],
      ["body", "本报讯 近日，白城市召开农民丰收节筹备会。会议对活动方案作了部署。"],
    ]);
    expect(doc.blocks[0].group).toBe(doc.blocks[1].group);
  });
});

describe("a scanned page without text layer", () => {
  it("is reported as needing OCR with a one-line message", async () => {
    const error = await readPdf(fixture("scanned.pdf"), { path: "scanned.pdf" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NeedsOcrError);
    expect((error as Error).message).toBe("scanned.pdf: page 1 has no text layer (a scanned page): it needs OCR");
    expect((error as Error).message).not.toContain("\n");
  });

  it("is listed page by page, so that the other pages of a file can go on", async () => {
    const pages = await readPdfPages(fixture("scanned.pdf"));
    expect(pages).toHaveLength(1);
    expect("needsOcr" in pages[0] && pages[0].needsOcr.pageNumber).toBe(1);
  });
});

describe("the page image", () => {
  it("is a PNG of the page at the asked scale", async () => {
    const image = await renderPdfPage(fixture("cmap-stsong.pdf"), 0, 2);
    expect(image.png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([image.width, image.height]).toEqual([1190, 1684]);
    expect(image.scale).toBe(2);
  });
});
