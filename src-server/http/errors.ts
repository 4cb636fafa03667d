import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorResponse, SyncErrorCode } from '../../src-shared/sync/sync-protocol';
import { issuesFromZod, type InputIssue } from '../../src-shared/validation/issues';
import { isUnavailable } from '../db/db';

/** An answer other than success: an HTTP status and the protocol's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: SyncErrorCode | 'internal',
    message: string,
    readonly issues?: readonly InputIssue[],
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (issues: readonly InputIssue[]) => new HttpError(400, 'bad_request', 'the request does not match the protocol', issues);
export const unauthorised = (message = 'no valid token') => new HttpError(401, 'unauthorised', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);

/** The body, checked against `schema`; any mismatch (or no JSON at all) is a 400 naming the fields. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw badRequest([{ field: '(body)', reason: 'must be JSON' }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw badRequest(issuesFromZod('', parsed.error));
  return parsed.data;
}

export function errorBody(error: HttpError): ErrorResponse {
  const body: ErrorResponse = { error: error.code, message: error.message };
  if (error.issues) body.issues = error.issues.map((i) => ({ ...i }));
  return body;
}

/** The one mapping from a thrown error to an answer. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (isUnavailable(error)) return new HttpError(503, 'unavailable', 'the database cannot be reached; retry later', undefined, { 'Retry-After': '1' });
  return new HttpError(500, 'internal', 'the server failed; see its log');
}

export function errorAnswer(c: Context, error: unknown, log: (error: unknown) => void): Response {
  const e = toHttpError(error);
  if (e.status >= 500 && e.code !== 'unavailable') log(error);
  for (const [name, value] of Object.entries(e.headers ?? {})) c.header(name, value);
  return c.json(errorBody(e), e.status);
}
