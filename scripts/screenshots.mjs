// Screenshots of the reader (home, page, article, search) at desktop and phone width, into docs/screenshots/.
// Run with `npm run screenshots` (builds first); needs Debian's chromium at /usr/bin/chromium (or CHROMIUM).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { openArchive } from "../dist/archive/index.js";
import { ingestFiles } from "../dist/archive/ingest-files.js";
import { parseFile } from "../dist/parse/file.js";
import { serve } from "../dist/server/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "docs", "screenshots");
const seed = join(root, "eval", "gold", "baicheng-daily-2022-08-page.txt");
const seedPdf = join(root, "eval", "pdf", "beiyuan-daily-p8-photo-news.pdf");
const widths = { desktop: 1280, phone: 390 };

async function seededServer(folder) {
  const archive = openArchive(join(folder, "banmian.db"));
  const [parsed] = await parseFile(seed, { paper: "白城日报", date: "2022-08-16", page: "02" });
  const { pageId } = archive.ingestPage(parsed.page, parsed.source);
  await ingestFiles(archive, [seedPdf], { paper: "北原日报", date: "2023-08-16", page: "8" });
  const pdfPageId = archive.editions("北原日报")[0].pages[0].id;
  const server = await serve(archive, { port: 0, host: "127.0.0.1" });
  const articleId = archive.page(pageId).articleIds[0];
  const place = archive.entities({ type: "place", limit: 1 })[0];
  const views = { home: "/", page: `/pages/${pageId}`, "pdf-page": `/pages/${pdfPageId}`, article: `/articles/${articleId}`, search: "/search?q=统战", entity: `/entities/${place.id}` };
  return { archive, server, views };
}

async function shoot(browser, baseUrl, views) {
  for (const [device, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: device === "phone" ? 844 : 900 }, deviceScaleFactor: device === "phone" ? 2 : 1 });
    for (const [name, path] of Object.entries(views)) {
      await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "load" });
      const file = join(outDir, `${name}-${device}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), "banmian-shots-"));
const { archive, server, views } = await seededServer(folder);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  mkdirSync(outDir, { recursive: true });
  await shoot(browser, server.url, views);
} finally {
  await browser.close();
  await server.close();
  archive.close();
  rmSync(folder, { recursive: true, force: true });
}
