/**
 * `/docs`: a readable page rendered from the OpenAPI document itself, served locally with
 * no scripts (the CSP forbids inline ones and nothing is fetched from elsewhere).
 */
type Json = Record<string, unknown>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: unknown): string => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? '';
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`;
  return String(schema.type ?? (schema.pattern ? 'string' : 'any'));
}

export function renderDocs(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const ops: string[] = [];
  const toc: string[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const id = esc(op.operationId);
      toc.push(`<li><a href="#${id}"><code>${esc(method.toUpperCase())} ${esc(path)}</code></a> ${esc(op.summary)}</li>`);
      const params = (op.parameters as Json[]) ?? [];
      const rows = params
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td><code>${esc(typeOf(p.schema as Json))}</code></td><td>${esc(p.description ?? '')}</td></tr>`,
        )
        .join('');
      const body = op.requestBody
        ? `<h4>Body</h4><pre>${esc(JSON.stringify(((op.requestBody as Json).content as Json)['application/json'], null, 2))}</pre>`
        : '';
      const responses = Object.entries(op.responses as Record<string, Json>)
        .map(([code, r]) => `<li><code>${esc(code)}</code> ${esc(r.description)} <small>${esc(Object.keys((r.content as Json) ?? {}).join(', '))}</small></li>`)
        .join('');
      ops.push(`<section id="${id}"><h3><code>${esc(method.toUpperCase())} ${esc(path)}</code>${op.security ? ' <span class="lock">token</span>' : ''}</h3>
<p>${esc(op.summary)}</p>
${rows ? `<table><thead><tr><th>name</th><th>in</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${body}<h4>Responses</h4><ul>${responses}</ul></section>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} API</title><link rel="stylesheet" href="/docs.css"></head><body><main>
<h1>${esc(info.title)} API <small>${esc(info.version)}</small></h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code> (RFC 9457). Write endpoints need <code>Authorization: Bearer tly_…</code>. <a href="/">Back to the app</a></p>
<nav><ul>${toc.join('')}</ul></nav>${ops.join('\n')}</main></body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafafa}main{max-width:960px;margin:auto;padding:1rem}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f0f2f5;padding:.5rem;overflow:auto;max-height:20rem}
section{border-top:1px solid #ddd;padding:.5rem 0}table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
.lock{font-size:12px;background:#fde68a;border-radius:4px;padding:0 .3rem}a{color:#1d4ed8}`;
