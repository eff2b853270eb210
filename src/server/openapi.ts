import { z } from "zod";
import type { ApiRoute } from "./route.js";
import { NAMED_SCHEMAS } from "./schemas.js";

type JsonSchema = Record<string, unknown>;

const COMPONENT_PREFIX = "#/components/schemas/";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad request: invalid parameters or body",
  401: "Missing or wrong edit token",
  403: "The server is read-only",
  404: "Not found",
  409: "Conflict with the article's current state",
  413: "Request body too large",
  415: "Body is not application/json",
};

/** The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
export function buildOpenApi(routes: ApiRoute[], version: string): JsonSchema {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
  return {
    openapi: "3.1.0",
    info: { title: "banmian", version, description: "A newspaper archive: papers, editions, pages, articles, people, and the entities the articles name." },
    paths: buildPaths(routes, registry),
    components: {
      schemas: componentSchemas(registry),
      securitySchemes: { editToken: { type: "http", scheme: "bearer", description: "BANMIAN_EDIT_TOKEN" } },
    },
  };
}

function componentSchemas(registry: z.core.$ZodRegistry<{ id: string }>): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => COMPONENT_PREFIX + id, io: "output" });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutIdentity(schema)]));
}

function withoutIdentity(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** A schema for use inside a path: a $ref when it is a named component, else inlined. */
function schemaFor(schema: z.ZodType, registry: z.core.$ZodRegistry<{ id: string }>, io: "input" | "output"): JsonSchema {
  const id = registry.get(schema)?.id;
  if (id) return { $ref: COMPONENT_PREFIX + id };
  const generated = z.toJSONSchema(schema, { io, metadata: registry });
  return withoutIdentity(liftDefs(generated));
}

/** Standalone conversion puts referenced components under $defs; point those refs at components instead. */
function liftDefs(schema: JsonSchema): JsonSchema {
  const { $defs: _defs, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', `"${COMPONENT_PREFIX}`)) as JsonSchema;
}

function buildPaths(routes: ApiRoute[], registry: z.core.$ZodRegistry<{ id: string }>): Record<string, JsonSchema> {
  const paths: Record<string, JsonSchema> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route, registry) };
  }
  return paths;
}

function operation(route: ApiRoute, registry: z.core.$ZodRegistry<{ id: string }>): JsonSchema {
  return {
    operationId: operationId(route),
    summary: route.summary,
    tags: [route.tag],
    parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
    ...(route.body && {
      requestBody: { required: true, content: { "application/json": { schema: schemaFor(route.body, registry, "input") } } },
    }),
    ...(route.write && { security: [{ editToken: [] }] }),
    responses: { 200: successResponse(route, registry), ...errorResponses(route.errors) },
  };
}

function operationId(route: ApiRoute): string {
  const words = route.path.replace(/^\/api\//, "").replace(/[{}]/g, "").split("/");
  return route.method + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

function parameters(schema: z.ZodObject | undefined, where: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const object = z.toJSONSchema(schema, { io: "input" }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (object.required ?? []).includes(name),
    ...(typeof property.description === "string" && { description: property.description }),
    schema: property,
  }));
}

function successResponse(route: ApiRoute, registry: z.core.$ZodRegistry<{ id: string }>): JsonSchema {
  if (route.response === "image/png") {
    return { description: "PNG image", content: { "image/png": { schema: { type: "string", contentMediaType: "image/png" } } } };
  }
  return { description: "OK", content: { "application/json": { schema: schemaFor(route.response, registry, "output") } } };
}

function errorResponses(statuses: number[]): Record<number, JsonSchema> {
  const errorRef = { $ref: COMPONENT_PREFIX + "Error" };
  return Object.fromEntries(
    statuses.map((status) => [status, { description: STATUS_TEXT[status], content: { "application/json": { schema: errorRef } } }]),
  );
}
