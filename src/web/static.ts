import { APP_SCRIPT } from "./assets/app-script.js";
import { STYLESHEET } from "./assets/stylesheet.js";

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#a61b1b"/><path d="M8 9h16M8 16h16M8 23h10" stroke="#fff" stroke-width="3"/></svg>`;

/** The only files served under /static: a fixed map, never a filesystem path from the request. */
const STATIC_FILES: Record<string, { type: string; body: string }> = {
  "style.css": { type: "text/css; charset=utf-8", body: STYLESHEET },
  "app.js": { type: "text/javascript; charset=utf-8", body: APP_SCRIPT },
  "icon.svg": { type: "image/svg+xml", body: ICON },
};

export function staticAsset(name: string): Response {
  const file = Object.hasOwn(STATIC_FILES, name) ? STATIC_FILES[name] : undefined;
  if (!file) return Response.json({ error: "no such static file" }, { status: 404 });
  return new Response(file.body, { headers: { "Content-Type": file.type, "Cache-Control": "public, max-age=300" } });
}
