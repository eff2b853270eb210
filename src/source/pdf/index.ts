export { NeedsOcrError, layoutPage, readPdf, readPdfPages, type PdfPage, type ReadPdfOptions } from "./document.js";
export { renderPdfPage, type RenderedPage } from "./render.js";
