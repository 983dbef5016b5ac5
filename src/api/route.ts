/**
 * A route is declared once, with zod schemas for its params, query, body and response;
 * the same declaration registers the fastify handler (which validates with those
 * schemas) and feeds the OpenAPI document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { InternalError } from '../errors.js';
import type { CachedResponse, ReadCache } from './cache.js';
import { HttpProblem } from './problem.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HandlerContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
  /** The token's name when the route requires a token. */
  actor: string | null;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> {
  method: Method;
  /** fastify path syntax: `/claims/:id`. */
  url: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Extra body media types accepted besides JSON (documented only; parsing is the route's). */
  bodyTypes?: string[];
  /** The JSON response; omitted for routes that stream or send their own content type. */
  response?: R;
  /** Media types of a non-JSON success response, for the document. */
  produces?: string[];
  status?: number;
  /** Write routes need a bearer token and are rate-limited. */
  auth?: boolean;
  /** Problems particular to this route, by status, for the document (400, 401, 404 and 429 are added as they apply). */
  problems?: Record<number, string>;
  handler: (
    ctx: HandlerContext<z.output<P>, z.output<Q>, z.output<B>>,
  ) => Promise<R extends z.ZodType ? z.input<R> | void : void>;
}

// eslint-style escape hatch kept local: the registry holds routes of many shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any>;

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  spec: RouteSpec<P, Q, B, R>,
): RouteSpec<P, Q, B, R> {
  return spec;
}

export interface RegisterOptions {
  /** Checks the bearer token and returns the actor's name, or throws a 401 problem. */
  authenticate: (request: FastifyRequest) => Promise<string>;
  /** Validate responses against their schema (a broken response becomes a 500). */
  validateResponses: boolean;
  /** rate-limit settings for write routes, passed to @fastify/rate-limit's route config. */
  writeRateLimit: { max: number; timeWindow: number } | null;
  /** Shared answers for public JSON GETs; cleared by every write. */
  cache: ReadCache;
}

function parseWith<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> | undefined {
  if (!schema) return undefined;
  const r = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!r.success) {
    const errors = r.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
    throw new HttpProblem(400, 'validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
  }
  return r.data;
}

export function registerRoute(app: FastifyInstance, spec: AnyRoute, opts: RegisterOptions): void {
  const cacheable = spec.method === 'GET' && !spec.auth && spec.response !== undefined;
  app.route({
    method: spec.method,
    url: spec.url,
    config: spec.auth && opts.writeRateLimit ? { rateLimit: opts.writeRateLimit } : { rateLimit: false },
    handler: async (request, reply) => {
      const run = async (): Promise<CachedResponse | null> => {
        const actor = spec.auth ? await opts.authenticate(request) : null;
        const params = parseWith(spec.params, request.params, 'params');
        const query = parseWith(spec.query, request.query, 'query');
        const body = spec.body ? parseWith(spec.body, request.body, 'body') : undefined;
        // Set before the handler so that it may choose another status (200 for "unchanged").
        reply.code(spec.status ?? 200);
        const result = await spec.handler({ params, query, body, request, reply, actor });
        if (spec.method !== 'GET') opts.cache.invalidate();
        if (!spec.response) return null;
        let out: unknown = result;
        if (opts.validateResponses) {
          const r = spec.response.safeParse(result);
          if (!r.success) throw new InternalError(`response of ${spec.method} ${spec.url} does not match its schema: ${r.error.message}`);
          out = r.data;
        }
        return { status: reply.statusCode, body: JSON.stringify(out) };
      };
      const res = cacheable ? await opts.cache.get(request.url, async () => (await run())!) : await run();
      if (!res) return reply;
      return reply.code(res.status).type('application/json; charset=utf-8').send(res.body);
    },
  });
}
