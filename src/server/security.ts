import { timingSafeEqual, createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./http-error.js";

export const MAX_BODY_BYTES = 256 * 1024;

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers every response carries. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("X-Frame-Options", "DENY");
  c.header("Referrer-Policy", "same-origin");
  c.header("Cross-Origin-Opener-Policy", "same-origin");
  c.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
};

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Check `Authorization: Bearer <token>` against the server's edit token, in constant time. */
export function authorizeWrite(editToken: string | undefined, authorization: string | undefined): void {
  if (!editToken) throw new HttpError(403, "this archive is read-only: the server has no BANMIAN_EDIT_TOKEN");
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!presented) throw new HttpError(401, "missing Authorization: Bearer token");
  if (!timingSafeEqual(digest(presented), digest(editToken))) throw new HttpError(401, "wrong edit token");
}

/** Read a JSON request body: 415 unless it says JSON, 413 when too large, 400 when malformed. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, "send the body as application/json");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await readLimited(request);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "malformed JSON body");
  }
}

function tooLarge(): HttpError {
  return new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
}

async function readLimited(request: Request): Promise<string> {
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
