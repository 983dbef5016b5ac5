/**
 * The HTTP app: JSON API, OpenAPI document, docs page and the built web app, with the
 * security headers, body cap, token auth and write rate limit. `buildApp` never listens:
 * tests use `app.inject()`, `tally serve` calls `listen`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { ReadOptions } from '../ingest/index.js';
import type { Ledger } from '../ledger/types.js';
import { hashToken, makeAuthenticate } from './auth.js';
import { DOCS_CSS, renderDocs } from './docs.js';
import { ReadCache } from './cache.js';
import { buildOpenApi } from './openapi.js';
import { errorHandler, HttpProblem, notFoundHandler } from './problem.js';
import { registerRoute } from './route.js';
import { apiRoutes, type IngestFn } from './routes.js';
import { securityHeaders } from './security.js';

export interface BuildAppOptions {
  ledger: Ledger;
  /** Folder of the built web app; default `dist/web` of this package; null serves the API only. */
  webRoot?: string | null;
  /** How `POST /articles` turns a URL or HTML into a stored article; default: fetch, read, extract, store. */
  ingest?: IngestFn;
  /** Options for the default ingest (tests allow loopback URLs; never do so in production). */
  readOptions?: ReadOptions;
  /** Largest accepted request body in bytes (default 5 MiB: a big article page). */
  bodyLimit?: number;
  /** Writes allowed per token (or address) per window; null turns the limit off. */
  writeRateLimit?: { max: number; timeWindow: number } | null;
  /**
   * How long identical public GETs reuse one answer when the ledger cannot tell that it
   * changed (PostgreSQL; default 1000 ms). On SQLite answers are kept until any process
   * changes the ledger. 0 = only share answers between concurrent identical requests.
   * Writes through the API clear it.
   */
  readCacheMs?: number;
  /** Check every response against its schema (default true; a mismatch is a 500). */
  validateResponses?: boolean;
  logger?: boolean;
}

/** Long enough to absorb a burst of identical requests, short enough to look live. */
const DEFAULT_READ_CACHE_MS = 1000;
/** A big article page with inline scripts and styles stays well under this. */
const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;
/** Generous for a person reviewing by hand, tight for a script hammering the API. */
const DEFAULT_WRITE_LIMIT = { max: 60, timeWindow: 60_000 };

export const API_INFO = { title: 'Tally', version: '0.1.0' };

function defaultWebRoot(): string {
  // dist/api/app.js → dist/web
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', 'web');
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const { ledger } = opts;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Ids never need more; bounds the work done on hostile URLs.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  securityHeaders(app);

  // HTML bodies for `POST /articles`, kept as text (the route wraps them as `{html}`).
  app.addContentTypeParser(['text/html', 'text/plain'], { parseAs: 'string' }, (request, body, done) => {
    done(null, { html: body as string, ...(typeof (request.query as Record<string, unknown>).url === 'string' ? { url: (request.query as Record<string, string>).url } : {}) });
  });

  await app.register(rateLimit, {
    global: false,
    // Per token when one is sent (a reviewer behind a shared address keeps their own budget).
    keyGenerator: (req) => {
      const auth = req.headers.authorization;
      return auth ? `t:${hashToken(auth)}` : `ip:${req.ip}`;
    },
    errorResponseBuilder: (_req, ctx) => new HttpProblem(429, 'rate-limited', `too many writes: at most ${ctx.max} per ${ctx.after}; try again later`),
  });

  const ingest = opts.ingest ?? (await import('./ingest.js')).makeIngest(ledger, opts.readOptions);
  const routes = apiRoutes({ ledger, ingest });
  const regOpts = {
    authenticate: makeAuthenticate(ledger),
    validateResponses: opts.validateResponses ?? true,
    writeRateLimit: opts.writeRateLimit === undefined ? DEFAULT_WRITE_LIMIT : opts.writeRateLimit,
    cache: new ReadCache(opts.readCacheMs ?? DEFAULT_READ_CACHE_MS, () => ledger.changeToken()),
  };
  await app.register(async (scope) => {
    for (const r of routes) registerRoute(scope, r, regOpts);
  });

  const openapi = buildOpenApi(routes, API_INFO);
  const openapiText = JSON.stringify(openapi);
  const docsHtml = renderDocs(openapi);
  app.get('/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(openapiText));
  app.get('/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(docsHtml));
  app.get('/docs.css', async (_req, reply) => reply.type('text/css; charset=utf-8').send(DOCS_CSS));
  app.get('/healthz', async () => ({ ok: true }));

  const webRoot = opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
      // Hashed asset names never change content; index.html must be revalidated.
      setHeaders: (res, path) => {
        res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send('Tally API. The web app is not built (run `npm run build`). See /docs.\n'),
    );
  }
  return app;
}
