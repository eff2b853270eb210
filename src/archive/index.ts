export { Archive, openArchive, type ArchiveStats, type PageFilter } from "./archive.js";
export type { OpenOptions } from "./db.js";
export * from "./types.js";
export { archivePath, DB_OPTION_HELP, DEFAULT_DB } from "./db-path.js";
export { ingestFiles, type IngestFilesOptions, type IngestSummary } from "./ingest-files.js";
export { ingestProgress } from "./progress.js";
export { exportArchive, EXPORT_FORMATS, type ExportFormat, type ExportSummary } from "./export.js";
export { newsArticleJsonLd, articleBody, type PrintedArticle, type JsonLdOptions } from "./jsonld.js";
export { MARK_START, MARK_END } from "./snippet.js";
