import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

export const PAGE_FILE = /\.(txt|pdf)$/i;
const GLOB_CHARS = /[*?[{]/;

/** A path argument the user gave that matched no page file. */
export interface UnmatchedPath {
  path: string;
  error: string;
}

export interface ExpandedPaths {
  files: string[];
  unmatched: UnmatchedPath[];
}

const byName = new Intl.Collator("en", { numeric: true }).compare;

/** Every page file (.txt, .pdf) under a folder, depth first, in natural name order; dot files skipped. */
function* walk(folder: string): Generator<string> {
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && PAGE_FILE.test(entry.name)) yield path;
  }
}

/** A glob as a regular expression over `/`-separated paths: `**` any folders, `*` and `?` within a name, `{a,b}`, `[…]`. */
function globRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*" && pattern[i + 1] === "*") {
      source += pattern[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += pattern[i + 2] === "/" ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "{") source += "(?:";
    else if (char === "}") source += ")";
    else if (char === "," && source.lastIndexOf("(?:") > source.lastIndexOf(")")) source += "|";
    else if (char === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) source += "\\[";
      else {
        source += `[${pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else source += char.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** The folder a glob starts from: its segments before the first with a wildcard. */
function globBase(pattern: string): string {
  const segments = pattern.split("/");
  const fixed = segments.slice(0, segments.findIndex((segment) => GLOB_CHARS.test(segment)));
  if (fixed.length === 0) return ".";
  return fixed.join("/") || "/";
}

function expandGlob(pattern: string): string[] {
  const normalised = pattern.split(sep).join("/");
  const base = globBase(normalised);
  const matcher = globRegExp(normalised.replace(/^\.\//, ""));
  let found: string[];
  try {
    found = [...walk(base)];
  } catch {
    return [];
  }
  return found.filter((file) => matcher.test(file.split(sep).join("/").replace(/^\.\//, "")));
}

/** Files, folders (walked for .txt/.pdf) and globs → page files, each once, in the order given. */
export function expandPaths(args: string[]): ExpandedPaths {
  const seen = new Set<string>();
  const result: ExpandedPaths = { files: [], unmatched: [] };
  const add = (file: string) => {
    if (!seen.has(file)) seen.add(file), result.files.push(file);
  };
  for (const arg of args) {
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const before = result.files.length;
      try {
        for (const file of walk(arg)) add(file);
      } catch (error) {
        result.unmatched.push({ path: arg, error: `cannot read folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
        continue;
      }
      if (result.files.length === before) result.unmatched.push({ path: arg, error: "folder has no .txt or .pdf page files" });
    } else if (stat) add(arg);
    else if (GLOB_CHARS.test(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) result.unmatched.push({ path: arg, error: "pattern matches no .txt or .pdf page files" });
      matches.forEach(add);
    } else result.unmatched.push({ path: arg, error: "no such file or folder" });
  }
  return result;
}
