import type { z } from "zod";
import type { ArchiveApi } from "../archive/types.js";

type AnyObject = z.ZodObject<z.ZodRawShape>;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P = AnyObject | undefined, Q = AnyObject | undefined, B = z.ZodType | undefined> {
  archive: ArchiveApi;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

/** One API route, declared with the schemas that validate it and document it in /openapi.json. */
export interface ApiRoute<
  P extends AnyObject | undefined = AnyObject | undefined,
  Q extends AnyObject | undefined = AnyObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: "get" | "put" | "post";
  /** OpenAPI-style path: `/api/articles/{id}`. */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The JSON response schema, or `image/png` for binary images. */
  response: z.ZodType | "image/png";
  /** Write routes need `Authorization: Bearer <BANMIAN_EDIT_TOKEN>`. */
  write?: boolean;
  /** Status codes the route can answer with besides 200, for the document. */
  errors: number[];
  handle(input: RouteInput<P, Q, B>): unknown;
}

/** Keeps the handler's input typed by the route's own schemas. */
export function defineRoute<
  P extends AnyObject | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(route: ApiRoute<P, Q, B>): ApiRoute {
  return route as unknown as ApiRoute;
}

/** `/api/articles/{id}` → `/api/articles/:id` for the router. */
export function routerPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}
