import type { IngestOutcome } from "./types.js";

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

/** A bar redrawn in place (files done, pages/s, ETA); failures printed above it as they happen. */
function terminalProgress(stream: NodeJS.WriteStream): IngestProgress {
  let started = 0;
  let pages = 0;
  let lastDraw = 0;
  const draw = (done: number, total: number) => {
    const elapsed = (performance.now() - started) / 1000;
    const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
    const filesPerSecond = done / Math.max(elapsed, 1e-3);
    const eta = (total - done) / filesPerSecond;
    stream.write(`\r\x1b[K[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} files  ${(pages / Math.max(elapsed, 1e-3)).toFixed(1)} pages/s  ETA ${clock(eta)}`);
  };
  return {
    start(total) {
      started = performance.now();
      draw(0, total);
    },
    update(outcome, done, total) {
      if (outcome.status !== "failed") pages += 1;
      else stream.write(`\r\x1b[K${describe(outcome)}\n`);
      const now = performance.now();
      if (now - lastDraw >= REDRAW_MS || done === total) {
        lastDraw = now;
        draw(done, total);
      }
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
