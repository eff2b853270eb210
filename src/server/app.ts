import { Hono, type Context } from "hono";
import { ZodError, type z } from "zod";
import type { ArchiveApi } from "../archive/types.js";
import { registerWeb } from "../web/routes.js";
import { API_ROUTES } from "./api-routes.js";
import { HttpError } from "./http-error.js";
import { buildOpenApi } from "./openapi.js";
import { routerPath, type ApiRoute, type RouteInput } from "./route.js";
import { errorPage } from "../web/views/error.js";
import { authorizeWrite, readJsonBody, securityHeaders } from "./security.js";

export interface AppOptions {
  /** When set, write routes accept `Authorization: Bearer <editToken>`; otherwise the archive is read-only. */
  editToken?: string;
}

const API_VERSION = "0.1.0";

export function createApp(archive: ArchiveApi, opts: AppOptions = {}): Hono {
  const app = new Hono();
  app.use("*", securityHeaders);
  const openApi = buildOpenApi(API_ROUTES, API_VERSION);
  app.get("/openapi.json", (c) => c.json(openApi));
  for (const route of API_ROUTES) registerApiRoute(app, route, archive, opts);
  registerWeb(app, archive, { editable: Boolean(opts.editToken) });
  app.notFound((c) => respondError(c, new HttpError(404, `no route for ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => respondError(c, error));
  return app;
}

function registerApiRoute(app: Hono, route: ApiRoute, archive: ArchiveApi, opts: AppOptions): void {
  app.on(route.method.toUpperCase(), routerPath(route.path), async (c) => {
    if (route.write) authorizeWrite(opts.editToken, c.req.header("authorization"));
    const params = parse(route.params, c.req.param(), "path");
    const query = parse(route.query, c.req.query(), "query");
    const body = route.body ? parse(route.body, await readJsonBody(c.req.raw), "body") : undefined;
    const result = route.handle({ archive, params, query, body } as RouteInput);
    if (route.response === "image/png") return pngResponse(result as Buffer);
    return c.json(result);
  });
}

function parse(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, `invalid ${where}: ${describeIssues(result.error)}`);
  return result.data;
}

function describeIssues(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=3600" },
  });
}

function respondError(c: Context, error: unknown): Response {
  const status = error instanceof HttpError ? error.status : 500;
  if (status === 500) console.error(error);
  const message = error instanceof HttpError ? error.message : "internal server error";
  if (status === 401) c.header("WWW-Authenticate", 'Bearer realm="banmian"');
  if (wantsHtml(c)) return c.html(errorPage(status, message).value, status);
  return c.json({ error: message }, status);
}

function wantsHtml(c: Context): boolean {
  return !c.req.path.startsWith("/api/") && (c.req.header("accept") ?? "").includes("text/html");
}
