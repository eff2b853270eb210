/** banmian's library API: the stages of the flow, source → parse → enrich → archive → server. */
export * from "./model/page.js";
export type { SourceBlock, SourceDocument, BlockRole } from "./model/block.js";
export { BanmianError } from "./model/errors.js";
export { renderPage, pageToMarkdown, pageToText, type OutputFormat } from "./model/render.js";
export { decodePageBytes, type DecodedText } from "./source/decode.js";
export { textDocument, textDocumentFromBytes, textDocumentFromString } from "./source/text.js";
export { readPdf, renderPdfPage, NeedsOcrError } from "./source/pdf/index.js";
export { parsePage, parseDocument, parseCredit } from "./parse/index.js";
export { parseFile, type ParsedFile } from "./parse/file.js";
export { extractEntities, enrichArticle } from "./enrich/index.js";
export { EnrichPool } from "./enrich/pool.js";
export { openArchive, type Archive } from "./archive/archive.js";
export type * from "./archive/types.js";
export { createApp, serve } from "./server/index.js";
