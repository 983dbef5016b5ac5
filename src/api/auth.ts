/**
 * Reviewer tokens: random, shown once, stored only as a SHA-256 hash. A token is 32
 * random bytes, so a plain hash is enough (no password stretching is needed against
 * guessing a 256-bit secret).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Ledger } from '../ledger/types.js';
import { unauthorized } from './problem.js';

/** Prefix makes a leaked token recognisable in logs and secret scanners. */
export const TOKEN_PREFIX = 'tly_';
const TOKEN_SHAPE = /^tly_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Reads `Authorization: Bearer <token>` and returns the token's name (the actor). */
export function makeAuthenticate(ledger: Ledger): (request: FastifyRequest) => Promise<string> {
  return async (request) => {
    const header = request.headers.authorization;
    if (!header) throw unauthorized('this endpoint needs a token: send "Authorization: Bearer tly_…" (create one with `tally token create --name NAME`)');
    const m = /^Bearer\s+(?<token>\S+)$/i.exec(header);
    const token = m?.groups?.token ?? '';
    if (!TOKEN_SHAPE.test(token)) throw unauthorized('the Authorization header must be "Bearer tly_…" followed by 43 characters');
    const row = await ledger.findToken(hashToken(token));
    if (!row || row.revokedAt) throw unauthorized('the token is unknown or revoked');
    return row.name;
  };
}
