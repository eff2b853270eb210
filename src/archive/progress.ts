import type { EnrichProgress, IngestOutcome } from "./types.js";

export interface IngestProgress {
  start(total: number): void;
  update(outcome: IngestOutcome, done: number, total: number): void;
  finish(): void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function describe(outcome: IngestOutcome): string {
  const error = outcome.error?.startsWith(outcome.path) ? outcome.error : outcome.error && `${outcome.path}: ${outcome.error}`;
  return outcome.status === "failed" ? `failed     ${error}` : `${outcome.status.padEnd(10)} ${outcome.path}`;
}

/**
 * `[####----] done/total units  rate/s  ETA`, redrawn in place at most every REDRAW_MS and at the start and end;
 * the rate counts `rated` (pages for ingest, where one file may hold several) or, by default, `done`.
 */
function progressBar(stream: NodeJS.WriteStream, unit: string, ratedUnit: string) {
  let started = 0;
  let lastDraw = 0;
  return {
    start() {
      started = performance.now();
    },
    draw(done: number, total: number, rated = done) {
      const now = performance.now();
      if (now - lastDraw < REDRAW_MS && done !== total && done !== 0) return;
      lastDraw = now;
      const elapsed = Math.max((now - started) / 1000, 1e-3);
      const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
      const eta = (total - done) / (done / elapsed);
      stream.write(`\r\x1b[K[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${unit}  ${(rated / elapsed).toFixed(1)} ${ratedUnit}/s  ETA ${clock(eta)}`);
    },
  };
}

/** A bar redrawn in place (files done, pages/s, ETA); failures printed above it as they happen. */
function terminalProgress(stream: NodeJS.WriteStream): IngestProgress {
  const bar = progressBar(stream, "files", "pages");
  let pages = 0;
  return {
    start(total) {
      bar.start();
      bar.draw(0, total, pages);
    },
    update(outcome, done, total) {
      if (outcome.status !== "failed") pages += 1;
      else stream.write(`\r\x1b[K${describe(outcome)}\n`);
      bar.draw(done, total, pages);
    },
    finish() {
      stream.write("\r\x1b[K");
    },
  };
}

/** One plain line per page or failure, for logs and pipes. */
function plainProgress(stream: NodeJS.WritableStream): IngestProgress {
  return {
    start(total) {
      stream.write(`ingesting ${total} file${total === 1 ? "" : "s"}\n`);
    },
    update(outcome) {
      stream.write(`${describe(outcome)}\n`);
    },
    finish() {},
  };
}

export function ingestProgress(stream: NodeJS.WriteStream = process.stderr): IngestProgress {
  return stream.isTTY ? terminalProgress(stream) : plainProgress(stream);
}

/** The ingest bar for `banmian enrich` (articles done, articles/s, ETA); a line per batch when not on a terminal. */
export function enrichProgress(stream: NodeJS.WriteStream = process.stderr): EnrichProgress {
  if (!stream.isTTY) {
    return {
      start: (total) => void stream.write(`enriching ${total} article${total === 1 ? "" : "s"}\n`),
      update: (done, total) => void stream.write(`enriched ${done}/${total}\n`),
      finish() {},
    };
  }
  const bar = progressBar(stream, "articles", "articles");
  return {
    start(total) {
      bar.start();
      bar.draw(0, total);
    },
    update(done, total) {
      bar.draw(done, total);
    },
    finish() {
      stream.write("\r\x1b[K");
    },
  };
}
