/**
 * HTML built only through the `html` tag: every interpolated value is escaped unless it is
 * already `Html` made by the tag. Article text is untrusted and never reaches the page raw.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Fragment = Html | string | number | null | undefined | false | Fragment[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function render(fragment: Fragment): string {
  if (fragment instanceof Html) return fragment.value;
  if (Array.isArray(fragment)) return fragment.map(render).join("");
  if (fragment === null || fragment === undefined || fragment === false) return "";
  return escapeHtml(String(fragment));
}

export function html(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new Html(out);
}

/** JSON inside `<script type="application/ld+json">`: no `<`, `>`, `&` or line separators survive raw. */
export function jsonScript(data: unknown): Html {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return new Html(`<script type="application/ld+json">${json}</script>`);
}

/** A URL path segment, percent-encoded. */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** A query string from the defined, non-empty entries. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== "");
  return entries.length ? "?" + new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString() : "";
}
