// A second, independent fixture generator: lays out newspaper pages from gold pages in eval/gold/
// as HTML with CSS (a grid of columns, multi-column article bodies, justified text) and prints them
// to PDF with Chromium, so that the layout analysis is tried on another producer's text runs than
// pdfkit's (eval/pdf). Writes NAME.pdf + NAME.gold.json to eval/pdf-browser/.
//
//   node scripts/make-browser-pdf-fixtures.mjs
//   node scripts/make-browser-pdf-fixtures.mjs --out /tmp/held-out --all   # every other gold page, for a held-out check
//
// Needs, at generation time only, playwright-core (a dev dependency) driving Debian's
// /usr/bin/chromium (no browser is downloaded), Debian's fonts-noto-cjk and python3-fonttools.
// Chromium's PDF backend (Skia) embeds only TrueType outlines as real fonts and draws CFF fonts
// such as Noto CJK as unnamed Type 3 glyph procedures (large, and unlike e-paper PDFs), so each
// font is first cut down to the page's characters and converted to TrueType outlines; Chromium
// then embeds it as a subset CID font with a ToUnicode map and its PostScript name.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const GOLD_DIR = path.join(ROOT, "eval/gold");
const OUT_FLAG = process.argv.indexOf("--out");
const OUT_DIR = OUT_FLAG > 0 ? path.resolve(process.argv[OUT_FLAG + 1]) : path.join(ROOT, "eval/pdf-browser");
const CHROMIUM = "/usr/bin/chromium";
const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

/** The gold pages printed: a spread of page kinds (front pages, photo pages, notices, commentary). */
const PAGES = [
  "baicheng-daily-2022-08-page",
  "beiyuan-daily-p4-guonei",
  "beiyuan-daily-p8-photo-news",
  "dadi-daily-2024-06-12-p9-science",
  "hengchuan-legal-2024-09-05-p1",
  "huaxia-daily-p5-commentary",
  "jiangcheng-evening-a10-culture-sports",
  "lanxi-bao-2024-04-09-p1",
  "liuhe-bao-p2-county-roundup",
];

// A3 in CSS pixels (96 dpi): 297 × 420 mm.
const PAGE_W = 1123;
const PAGE_H = 1587;
const MARGIN = 48;
const GAP = 16;
const FONT_DIR = "/usr/share/fonts/opentype/noto";
/** Body and notes in 宋体 (serif), titles, subheads and ads in bold 黑体 (sans). */
const FONTS = { serif: "NotoSerifCJK-Regular.ttc", sans: "NotoSansCJK-Bold.ttc" };
const SC_FONT_NUMBER = "2"; // jp, kr, sc, tc, hk in the Noto CJK collections
const BODY_SIZES = [13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9];

function seededRandom(text) {
  let state = [...text].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// ---------- fonts ----------

/** Cuts a font of a collection down to some characters and redraws its CFF outlines as TrueType ones. */
const TO_TRUETYPE = String.raw`
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset

src, number, text, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
opts = subset.Options()
opts.font_number = number
opts.layout_features = []
opts.desubroutinize = True
opts.name_IDs = ['*']
font = subset.load_font(src, opts)
sub = subset.Subsetter(opts)
sub.populate(text=text)
sub.subset(font)
glyphOrder = font.getGlyphOrder()
glyphSet = font.getGlyphSet()
glyf = newTable("glyf"); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
for name in glyphOrder:
    pen = TTGlyphPen(glyphSet)
    glyphSet[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font["glyf"] = glyf
for g in glyf.glyphs.values():
    if hasattr(g, "coordinates") or getattr(g, "numberOfContours", 0) != 0: g.recalcBounds(glyf)
    else: g.xMin = g.yMin = g.xMax = g.yMax = 0
font["loca"] = newTable("loca")
del font["CFF "]
if "VORG" in font: del font["VORG"]
maxp = font["maxp"]; maxp.tableVersion = 0x00010000
for a in ("maxZones","maxTwilightPoints","maxStorage","maxFunctionDefs","maxInstructionDefs","maxStackElements","maxSizeOfInstructions","maxComponentElements"):
    setattr(maxp, a, 0)
maxp.maxZones = 1; maxp.maxComponentDepth = 0
for a in ("maxPoints","maxContours","maxCompositePoints","maxCompositeContours"): setattr(maxp, a, 0)
font["head"].glyphDataFormat = 0
post = font["post"]; post.formatType = 2.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = glyphOrder
font.sfntVersion = "\x00\x01\x00\x00"
font.save(out)
`;

/** The page's fonts as data: URLs, by key. */
function pageFonts(characters, dir) {
  const script = path.join(dir, "to-truetype.py");
  fs.writeFileSync(script, TO_TRUETYPE);
  const text = [...new Set(characters + "0123456789第版要闻下转上接（）")].join("");
  return Object.fromEntries(
    Object.entries(FONTS).map(([key, file]) => {
      const output = path.join(dir, `${key}.ttf`);
      execFileSync("/usr/bin/python3", [script, path.join(FONT_DIR, file), SC_FONT_NUMBER, text, output]);
      return [key, `data:font/ttf;base64,${fs.readFileSync(output).toString("base64")}`];
    }),
  );
}

// ---------- what the gold puts on the page (as scripts/make-pdf-fixtures.mjs reads it) ----------

/** Where the credit goes: before the first paragraph, after the last one, or on a line of its own. */
function bylinePlacement(article) {
  const { byline_raw: byline, dateline } = article;
  if (!byline) return dateline ? "prefix" : "none";
  if (dateline && byline.startsWith(dateline)) return "prefix";
  if (!dateline && /^[（(].*[)）]$/.test(byline)) return "suffix";
  return "line";
}

function articleParagraphs(article) {
  const paragraphs = [...article.paragraphs];
  const placement = bylinePlacement(article);
  if (placement === "prefix") paragraphs[0] = (article.byline_raw ?? article.dateline) + paragraphs[0];
  else if (article.dateline) paragraphs[0] = article.dateline + paragraphs[0];
  if (placement === "suffix") paragraphs[paragraphs.length - 1] += article.byline_raw;
  return paragraphs;
}

/** Subheads on lines of their own, each with the index of the paragraph it stands before. */
function ownLineSubheads(article, sourceText) {
  const own = (article.subheads ?? []).filter((s) => !article.paragraphs.some((p) => p.startsWith(s)));
  return own.flatMap((subhead) => {
    const at = sourceText.indexOf(subhead);
    if (at < 0) return [];
    const before = article.paragraphs.findIndex((p) => sourceText.indexOf(p.slice(0, 12)) > at);
    return before < 0 ? [] : [{ subhead, before }];
  });
}

function paragraphHtml(text, subheads) {
  const lead = (subheads ?? []).find((s) => text.startsWith(s));
  if (!lead) return `<p>${escape(text)}</p>`;
  return `<p><b>${escape(lead)}</b>${escape(text.slice(lead.length))}</p>`;
}

function bodyHtml(article, sourceText) {
  const subheads = ownLineSubheads(article, sourceText);
  return articleParagraphs(article)
    .map((text, i) => subheads.filter((s) => s.before === i).map((s) => `<p class="sub">${escape(s.subhead)}</p>`).join("") + paragraphHtml(text, article.subheads))
    .join("");
}

const ADS = [
  "岁末家电焕新季 以旧换新最高补贴两千元 服务热线:400-820-6688",
  "明月湖畔 品质人居 湖景洋房火热认购中 销售热线:0571-8868 9999",
  "老字号 新滋味 传统手工月饼礼盒预订 订购电话:0315-2236688",
];

/** The folio lines: the gold's (the first goes in the masthead, any other at the foot), or a made-up one. */
function folioTexts(gold) {
  const folios = gold.items.filter((i) => i.kind === "folio").map((i) => i.text);
  if (folios.length > 0) return folios;
  const text = `${gold.edition?.paper ?? "本报"} 第${gold.edition?.page ?? "3"}版 要闻`;
  gold.items.push({ kind: "folio", text });
  return [text];
}

// ---------- pieces and the page plan ----------

function collectPieces(gold, random) {
  const pieces = gold.articles.map((article) => ({ kind: "article", article }));
  // One article, not always the first, gets the wide headline; it carries the jump lines.
  const leadIndex = random() < 0.6 || pieces.length < 2 ? 0 : 1 + Math.floor(random() * Math.min(2, pieces.length - 1));
  const [lead] = pieces.splice(leadIndex, 1);
  const jumps = gold.items.filter((i) => i.kind === "jump");
  if (!jumps.some((j) => !j.text.includes("上接"))) {
    const jump = { kind: "jump", text: `（下转第${2 + Math.floor(random() * 7)}版）` };
    gold.items.push(jump);
    jumps.push(jump);
  }
  lead.jumpBefore = jumps.find((j) => j.text.includes("上接"))?.text;
  lead.jumpAfter = jumps.find((j) => !j.text.includes("上接"))?.text;
  const extras = [];
  for (const item of gold.items) {
    if (item.kind === "photo") extras.push({ kind: "photo", item });
    else if (item.kind === "banner") extras.push({ kind: "banner", item });
    else if (["ad", "notice", "other"].includes(item.kind)) extras.push({ kind: "box", item });
  }
  if (!gold.items.some((i) => i.kind === "ad")) {
    const ad = { kind: "ad", text: pick(random, ADS) };
    gold.items.push(ad);
    extras.push({ kind: "box", item: ad });
  }
  for (const extra of extras) pieces.splice(Math.floor(random() * (pieces.length + 1)), 0, extra);
  // A banner opens the article that follows it.
  for (let i = 0; i < pieces.length; i++) {
    if (pieces[i].kind === "banner" && pieces[i + 1]?.kind === "article") {
      pieces[i + 1].banner = pieces[i].item.text;
      pieces.splice(i, 1);
    }
  }
  return [lead, ...pieces];
}

const SPLITS = {
  3: [[2, 1], [1, 2], [3]],
  4: [[2, 2], [3, 1], [1, 3], [2, 1, 1]],
  5: [[3, 2], [2, 3], [2, 2, 1], [1, 4]],
};

/** Column count, the lead's width and its place (left or right of a sidebar), and rows of stacks. */
function planPage(pieces, random) {
  const nCols = pick(random, [3, 4, 4, 5, 5]);
  const leadSpan = random() < 0.45 ? nCols - 1 : nCols;
  const rest = pieces.slice(1);
  const sidebar = leadSpan < nCols ? rest.shift() : undefined;
  const leadStack = { span: leadSpan, pieces: [pieces[0]], lead: true };
  const top = sidebar ? [leadStack, { span: 1, pieces: [sidebar] }] : [leadStack];
  if (sidebar && random() < 0.4) top.reverse();
  const rows = [{ stacks: top }];
  while (rest.length > 0) {
    const split = pick(random, SPLITS[nCols]);
    const stacks = split.map((span) => ({ span, pieces: [] }));
    const take = Math.min(rest.length, split.length + (random() < 0.5 ? 1 : 0));
    rest.splice(0, take).forEach((piece, i) => stacks[i % stacks.length].pieces.push(piece));
    rows.push({ stacks: stacks.filter((s) => s.pieces.length > 0) });
  }
  return { nCols, rows };
}

// ---------- HTML ----------

function titleHtml(piece, span, isLead, random) {
  const { article } = piece;
  const align = isLead || random() < 0.6 ? "center" : "left";
  const size = isLead ? 2.6 : span === 1 ? 1.45 : 1.8;
  let html = `<div class="title" style="text-align:${align}">`;
  if (piece.banner) html += `<div class="banner">${escape(piece.banner)}</div>`;
  if (article.kicker) html += `<div class="kicker">${escape(article.kicker)}</div>`;
  if (article.headline) {
    html += `<div class="headline" style="font-size:${size}em">${article.headline.split(" ").map((part) => `<div class="hl">${escape(part)}</div>`).join("")}</div>`;
  }
  if (article.subheadline) html += `<div class="subheadline">${escape(article.subheadline)}</div>`;
  if (bylinePlacement(article) === "line") html += `<div class="byline">${escape(article.byline_raw)}</div>`;
  return html + "</div>";
}

function pieceHtml(piece, span, isLead, random, sourceText) {
  if (piece.kind === "article") {
    let html = `<div class="piece article">${titleHtml(piece, span, isLead, random)}`;
    if (piece.jumpBefore) html += `<div class="jump">${escape(piece.jumpBefore)}</div>`;
    html += `<div class="body" style="column-count:${span}">${bodyHtml(piece.article, sourceText)}`;
    if (piece.jumpAfter) html += `<div class="jump right">${escape(piece.jumpAfter)}</div>`;
    return html + "</div></div>";
  }
  if (piece.kind === "photo") {
    const { item } = piece;
    const height = Math.round(Math.min(span * 110, 220) * (0.8 + random() * 0.4));
    let html = `<div class="piece photo"><div class="picture" style="height:${height}px"></div><div class="caption">${escape(item.text)}</div>`;
    if (item.credit_raw) html += `<div class="credit">${escape(item.credit_raw)}</div>`;
    return html + "</div>";
  }
  if (piece.kind === "banner") return `<div class="piece"><div class="banner">${escape(piece.item.text)}</div></div>`;
  const { item } = piece;
  const lines = item.text.split("\n");
  const inner = lines
    .map((line, i) => {
      const cls = item.kind === "ad" ? "ad-line" : item.kind === "notice" && i === 0 ? "notice-title" : item.kind === "notice" && i === lines.length - 1 && i > 0 && line.length <= 24 ? "notice-sign" : "box-line";
      return `<div class="${cls}">${escape(line)}</div>`;
    })
    .join("");
  return `<div class="piece box ${item.kind === "ad" ? "ad" : ""}">${inner}</div>`;
}

function pageHtml(gold, plan, random, sourceText, fonts) {
  const [topFolio, ...footFolios] = folioTexts(gold);
  const rows = plan.rows
    .map((row) => {
      const stacks = row.stacks
        .map((stack) => `<div class="stack" style="grid-column:span ${stack.span}">${stack.pieces.map((p) => pieceHtml(p, stack.span, stack.lead, random, sourceText)).join("")}</div>`)
        .join("");
      return `<div class="row">${stacks}</div>`;
    })
    .join("");
  const foot = footFolios.map((t) => `<div>${escape(t)}</div>`).join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@font-face { font-family: "Page Serif"; font-weight: 400; src: url(${fonts.serif}) }
@font-face { font-family: "Page Sans"; font-weight: 700; src: url(${fonts.sans}) }
@page { size: ${PAGE_W}px ${PAGE_H}px; margin: 0 }
html, body { margin: 0; padding: 0 }
body { width: ${PAGE_W}px; height: ${PAGE_H}px; overflow: hidden; font-family: "Page Serif"; color: #111; font-size: var(--body); line-height: 1.55 }
#page { position: relative; padding: 30px ${MARGIN}px 0 ${MARGIN}px; box-sizing: border-box; width: ${PAGE_W}px }
.masthead { font-size: 12px; border-bottom: 2px solid #222; padding-bottom: 4px; margin-bottom: 14px; display: flex; justify-content: space-between }
.foot { position: absolute; top: ${PAGE_H - 36}px; left: ${MARGIN}px; font-size: 12px }
.row { display: grid; grid-template-columns: repeat(${plan.nCols}, minmax(0, 1fr)); column-gap: ${GAP}px; border-bottom: 0.8px solid #555; padding-bottom: 10px; margin-bottom: 12px; align-items: start }
.piece { margin-bottom: 16px }
.piece:last-child { margin-bottom: 0 }
.title { margin-bottom: 8px }
.headline { font-family: "Page Sans"; font-weight: 700; line-height: 1.25; margin: 2px 0 }
.kicker, .subheadline { font-size: 1.3em; line-height: 1.35 }
.byline { font-size: 1em; margin-top: 4px }
.banner { background: #8b1a1a; color: white; font-family: "Page Sans"; font-weight: 700; font-size: 1.25em; padding: 3px 8px; margin-bottom: 8px; text-align: left }
.body { column-gap: ${GAP}px; text-align: justify; column-fill: balance }
.body p { margin: 0; text-indent: 2em }
.body p.sub, .body b { font-family: "Page Sans"; font-weight: 700 }
.body p.sub { text-indent: 0 }
.jump { font-size: 0.92em }
.jump.right { text-align: right }
.picture { background: #b8b8b8 }
.caption { font-size: 0.85em; margin-top: 5px; line-height: 1.4; text-align: justify }
.credit { font-size: 0.8em; text-align: right }
.box { border: 0.8px solid #333; padding: 6px 8px }
.box.ad { border: 2px solid #333 }
.ad-line { font-family: "Page Sans"; font-weight: 700; font-size: 1.15em }
.notice-title { font-family: "Page Sans"; font-weight: 700; font-size: 1.2em; text-align: center }
.notice-sign { text-align: right }
</style></head><body><div id="page"><div class="masthead"><span>${escape(topFolio)}</span></div>${rows}</div><div class="foot">${foot}</div></body></html>`;
}

/** The largest body size at which the page's content ends above the foot margin, or undefined. */
async function fitBodySize(page) {
  return page.evaluate(
    ({ sizes, limit }) => {
      for (const size of sizes) {
        document.body.style.setProperty("--body", `${size}px`);
        // Headline parts that do not fit their width are set smaller (down to 1.3 × body).
        for (const hl of document.querySelectorAll(".hl")) {
          hl.style.fontSize = "";
          let scale = 1;
          while (hl.scrollWidth > hl.clientWidth + 1 && scale > 0.55) {
            scale -= 0.05;
            hl.style.fontSize = `${scale}em`;
          }
          hl.style.whiteSpace = "nowrap";
          if (hl.scrollWidth > hl.clientWidth + 1) hl.style.whiteSpace = "normal";
        }
        const bottom = document.getElementById("page").getBoundingClientRect().bottom;
        if (bottom <= limit) return size;
      }
      return undefined;
    },
    { sizes: BODY_SIZES, limit: PAGE_H - 50 },
  );
}

async function printPage(browser, sourceGold, name, sourceText) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-browser-fonts-"));
  const fonts = pageFonts(JSON.stringify(sourceGold) + ADS.join(""), dir);
  fs.rmSync(dir, { recursive: true, force: true });
  const context = await browser.newContext({ viewport: { width: PAGE_W, height: PAGE_H } });
  try {
    for (let attempt = 0; attempt < 30; attempt++) {
      const seed = `${name}#browser#${attempt}`;
      const random = seededRandom(seed);
      const gold = structuredClone(sourceGold);
      const plan = planPage(collectPieces(gold, random), random);
      const page = await context.newPage();
      await page.setContent(pageHtml(gold, plan, random, sourceText, fonts), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const bodySize = await fitBodySize(page);
      if (bodySize === undefined) {
        await page.close();
        continue;
      }
      const pdf = await page.pdf({ width: `${PAGE_W}px`, height: `${PAGE_H}px`, printBackground: true, preferCSSPageSize: true });
      await page.close();
      return { pdf, gold, plan, bodySize };
    }
    throw new Error(`${name}: no layout fits the page`);
  } finally {
    await context.close();
  }
}

async function main() {
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  try {
    const names = process.argv.includes("--all")
      ? fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length)).filter((n) => !PAGES.includes(n)).sort()
      : PAGES;
    for (const name of names) {
      const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, `${name}.gold.json`), "utf8"));
      const textPath = path.join(GOLD_DIR, `${name}.txt`);
      const sourceText = fs.existsSync(textPath) ? fs.readFileSync(textPath, "utf8") : "";
      const { pdf, gold: printedGold, plan, bodySize } = await printPage(browser, gold, name, sourceText);
      // A PDF read by geometry has no column breaks inside paragraphs left to join.
      fs.writeFileSync(path.join(OUT_DIR, `${name}.pdf`), pdf);
      fs.writeFileSync(path.join(OUT_DIR, `${name}.gold.json`), JSON.stringify({ ...printedGold, joins: 0 }, null, 1) + "\n");
      console.log(`${name}.pdf ${(pdf.length / 1024).toFixed(0)} KiB, ${plan.nCols} columns, body ${bodySize}px`);
    }
  } finally {
    await browser.close();
  }
}

await main();
