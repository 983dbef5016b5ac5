/**
 * Response headers that keep hostile article content inert: a strict Content-Security-
 * Policy (no inline script, nothing from other origins), no sniffing, no framing.
 */
import type { FastifyInstance } from 'fastify';

/**
 * `style-src` allows only our stylesheet: Plot's injected <style> element is refused (its
 * few rules are repeated in app.css) rather than opening 'unsafe-inline'.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'self'",
].join('; ');

/** For the raw page snapshot: rendered in a sandbox with no scripts and no subresources. */
export const SNAPSHOT_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CSP);
    for (const [k, v] of Object.entries(HEADERS)) if (!reply.hasHeader(k)) reply.header(k, v);
    return payload;
  });
}
