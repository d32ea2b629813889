import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ApiErrorBody } from "../protocol";

/** The kinds of failure a client can act on; the surface says where it happened. */
export type ErrorType =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limit"
  | "unavailable"
  | "internal";

const STATUS: Record<ErrorType, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limit: 429,
  unavailable: 503,
  internal: 500,
};

/**
 * An error that carries its own response: `{ error: { code: "<type>:<surface>", message } }` (DESIGN §5).
 * Throw it anywhere in a route; `handleError` turns it into JSON.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(type: ErrorType, surface: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = STATUS[type];
    this.code = `${type}:${surface}`;
    this.headers = headers;
  }

  toResponse(): Response {
    const body: ApiErrorBody = { error: { code: this.code, message: this.message } };
    return Response.json(body, { status: this.status, headers: this.headers });
  }
}

/** Hono `onError`: known errors answer as themselves; anything else is logged and masked. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return err.toResponse();
  console.error("unhandled error", c.req.method, c.req.path, err);
  return new ApiError("internal", "server", "Something went wrong on our side. Please try again.").toResponse();
}

/** Hono `notFound`: the same envelope for unknown routes. */
export function handleNotFound(c: Context): Response {
  return new ApiError("not_found", "route", `No route for ${c.req.method} ${c.req.path}.`).toResponse();
}

/** Reads a JSON body, answering 400/415 with a clear message instead of throwing a parser error. */
// biome-ignore lint/suspicious/noExplicitAny: works with any route's context
export async function readJson<T = unknown>(c: Context<any>, surface: string): Promise<T> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new ApiError("unsupported_media_type", surface, "Send the body as JSON with content-type application/json.");
  }
  try {
    return (await c.req.json()) as T;
  } catch {
    throw new ApiError("bad_request", surface, "The request body is not valid JSON.");
  }
}
