/**
 * RFC 9457 problem details: the one place where an error becomes an HTTP response.
 * Typed Tally errors keep their message (it was written for the user); anything else is
 * reported as a bare 500 so that internals never leak to the client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FetchError, InputError, isUserError, oneLine, StoreError, TallyError } from '../errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const Problem = z
  .object({
    type: z.string().describe('URI reference naming the problem kind'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('one entry per invalid field (validation problems only)'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** Errors the routes throw for HTTP-only situations (missing resource, no token, …). */
export class HttpProblem extends Error {
  readonly status: number;
  readonly kind: string;
  readonly errors: Problem['errors'];
  constructor(status: number, kind: string, detail: string, errors?: Problem['errors']) {
    super(detail);
    this.status = status;
    this.kind = kind;
    this.errors = errors;
  }
}

export const notFound = (what: string): HttpProblem => new HttpProblem(404, 'not-found', `${what} was not found`);
export const unauthorized = (detail: string): HttpProblem => new HttpProblem(401, 'unauthorized', detail);

/** Titles per kind; the `type` URI is `/problems/<kind>` relative to the API. */
const TITLES: Record<string, string> = {
  'bad-request': 'The request is not valid',
  validation: 'The request does not match the schema',
  unauthorized: 'A valid token is required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  conflict: 'Conflict',
  'too-large': 'The request body is too large',
  'unsupported-media-type': 'Unsupported media type',
  'rate-limited': 'Too many requests',
  input: 'The input is not a readable article',
  fetch: 'The URL could not be fetched',
  store: 'The ledger could not complete the request',
  internal: 'Internal server error',
};

function problem(status: number, kind: string, detail: string, instance?: string, errors?: Problem['errors']): Problem {
  return {
    type: `/problems/${kind}`,
    title: TITLES[kind] ?? 'Error',
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors && errors.length ? { errors } : {}),
  };
}

/** fastify's own error codes for things the client got wrong. */
const FASTIFY_CODES: Record<string, { status: number; kind: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, kind: 'too-large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, kind: 'unsupported-media-type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, kind: 'bad-request' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, kind: 'bad-request' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, kind: 'unsupported-media-type' },
};

/** Maps any thrown value to a problem document. */
export function toProblem(err: unknown, instance?: string): Problem {
  if (err instanceof HttpProblem) return problem(err.status, err.kind, err.message, instance, err.errors);
  if (err instanceof z.ZodError) {
    const errors = err.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return problem(400, 'validation', detail, instance, errors);
  }
  if (err instanceof TallyError) {
    if (isUserError(err)) {
      const status =
        err instanceof FetchError ? 422 : err instanceof InputError ? 422 : err instanceof StoreError ? 503 : 400;
      return problem(status, err.code, oneLine(err), instance);
    }
    return problem(500, 'internal', 'the server failed to complete the request', instance);
  }
  const fe = err as Partial<FastifyError> | undefined;
  if (fe && typeof fe.code === 'string' && FASTIFY_CODES[fe.code]) {
    const { status, kind } = FASTIFY_CODES[fe.code];
    return problem(status, kind, oneLine(err), instance);
  }
  if (fe && fe.statusCode === 429) return problem(429, 'rate-limited', oneLine(err), instance);
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Malformed JSON, bad headers and the like: fastify's message is safe and useful.
    return problem(fe.statusCode, 'bad-request', oneLine(err), instance);
  }
  return problem(500, 'internal', 'the server failed to complete the request', instance);
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(p));
}

/** fastify error handler: every error response goes through here. */
export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const p = toProblem(err, request.url);
  if (p.status >= 500) request.log.error({ err }, 'request failed');
  return sendProblem(reply, p);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, problem(404, 'not-found', `no route for ${request.method} ${request.url.split('?')[0]}`, request.url));
}
