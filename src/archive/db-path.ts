export const DEFAULT_DB = "./data/banmian.db";

/** The archive file: `--db`, else BANMIAN_DB, else ./data/banmian.db. */
export function archivePath(flag?: string): string {
  return flag ?? (process.env.BANMIAN_DB || DEFAULT_DB);
}

export const DB_OPTION_HELP = `archive file (default: BANMIAN_DB or ${DEFAULT_DB})`;
