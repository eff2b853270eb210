import { BanmianError } from "../model/errors.js";

/** Print one line for an expected failure; a stack trace only when BANMIAN_DEBUG is set. */
export function reportFailure(error: unknown): number {
  if (process.env.BANMIAN_DEBUG) console.error(error);
  const message = error instanceof Error ? error.message : String(error);
  const oneLine = message.split("\n")[0];
  console.error(error instanceof BanmianError ? `banmian: ${oneLine}` : `banmian: unexpected error: ${oneLine}`);
  return error instanceof BanmianError ? error.exitCode : 70;
}
