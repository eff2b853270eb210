import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { openArchive, type Archive } from "../src/archive/index.js";
import type { PageImage } from "../src/archive/types.js";
import { parseFile } from "../src/parse/file.js";
import { parsePage } from "../src/parse/index.js";

export const SEED_PAGE = fileURLToPath(new URL("../eval/gold/baicheng-daily-2022-08-page.txt", import.meta.url));
export const PAPER = "白城日报";
export const SEED_DATE = "2022-08-16";
export const HOSTILE_DATE = "2022-08-17";
export const EDIT_TOKEN = "test-edit-token-0123456789";

/** A page whose text tries to inject markup: it must render as text. */
export const HOSTILE_HEADLINE = "警惕<script>alert(1)</script>注入";
const HOSTILE_TEXT = `${HOSTILE_HEADLINE}

本报讯(记者张磊)正文里也有<img src=x onerror=alert(2)>和 "引号" & 符号,以及</script><script>alert(3)</script>。

第二段正文,介绍更多情况。`;

/** An archive with the seed page, and a hostile page (with a page image and article regions) the day after. */
export async function seededArchive(file = ":memory:"): Promise<Archive> {
  const archive = openArchive(file);
  const [seed] = await parseFile(SEED_PAGE, { paper: PAPER, date: SEED_DATE, page: "02" });
  archive.ingestPage(seed.page, seed.source);
  const hostile = parsePage(HOSTILE_TEXT, { paper: PAPER, date: HOSTILE_DATE, page: "01", path: "hostile.txt" });
  hostile.articles.forEach((article, i) => (article.bbox = [20, 20 + i * 200, 380, 200 + i * 200]));
  archive.ingestPage(hostile, HOSTILE_TEXT, solidPng(200, 300, 0.5));
  return archive;
}

/** A one-colour PNG, enough to stand in for a rendered page. */
export function solidPng(width: number, height: number, scale: number): PageImage {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xee)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", pixels),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
  return { png, width, height, scale };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
