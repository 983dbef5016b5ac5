/**
 * The OpenAPI 3.1 document, generated from the same route declarations (and so the same
 * zod schemas) the server validates with.
 */
import { z } from 'zod';
import type { AnyRoute } from './route.js';
import { Problem, PROBLEM_CONTENT_TYPE } from './problem.js';

type Json = Record<string, unknown>;

/** Schemas with a `.meta({ id })` land in `$defs`; OpenAPI wants them under components. */
function hoist(schema: Json, components: Record<string, Json>): Json {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  delete schema.$defs;
  delete schema.$schema;
  for (const [id, def] of Object.entries(defs)) {
    if (!components[id]) components[id] = rewriteRefs(def) as Json;
  }
  return rewriteRefs(schema) as Json;
}

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(node as Json)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace(/^#\/\$defs\//, '#/components/schemas/') : rewriteRefs(v);
    }
    return out;
  }
  return node;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, Json>): Json {
  return hoist(z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json, components);
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query', components: Record<string, Json>): Json[] {
  if (!schema || !(schema instanceof z.ZodObject)) return [];
  const out: Json[] = [];
  for (const [name, prop] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const s = jsonSchema(prop, 'input', components);
    const description = typeof s.description === 'string' ? s.description : undefined;
    const optional = prop.safeParse(undefined).success;
    out.push({ name, in: where, required: where === 'path' || !optional, schema: s, ...(description ? { description } : {}) });
  }
  return out;
}

export function buildOpenApi(routes: AnyRoute[], info: { title: string; version: string }): Json {
  const components: Record<string, Json> = {};
  const paths: Record<string, Record<string, Json>> = {};
  const problemRef = { $ref: '#/components/schemas/Problem' };
  components.Problem = jsonSchema(Problem, 'output', components);
  delete components.Problem.id;
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const op: Json = {
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/(^|\/)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path', components), ...parameters(r.query, 'query', components)],
    };
    if (r.body) {
      const content: Json = { 'application/json': { schema: jsonSchema(r.body, 'input', components) } };
      for (const t of r.bodyTypes ?? []) content[t] = { schema: { type: 'string' } };
      op.requestBody = { required: true, content };
    }
    const ok: Json = { description: 'success' };
    if (r.response) ok.content = { 'application/json': { schema: jsonSchema(r.response, 'output', components) } };
    else if (r.produces) ok.content = Object.fromEntries(r.produces.map((t) => [t, { schema: { type: 'string' } }]));
    const problem = (description: string): Json => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemRef } } });
    op.responses = {
      [String(r.status ?? 200)]: ok,
      '400': problem('the request does not match the schema'),
      ...(r.params ? { '404': problem('no such resource') } : {}),
      ...(r.auth ? { '401': problem('missing, unknown or revoked token'), '429': problem('too many writes') } : {}),
      ...Object.fromEntries(Object.entries(r.problems ?? {}).map(([status, description]) => [status, problem(description)])),
      default: problem('any other error'),
    };
    if (r.auth) op.security = [{ bearer: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'Quantitative claims from war reporting: articles, claims, sources, series, changes, exports, review and topics.' },
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `tally token create --name NAME`' } },
    },
  };
}
