/** Builds the reader's raw input from a string, as `loadInput` would from a file. */
import { createHash } from 'node:crypto';
import type { RawInput } from '../../src/ingest/index.js';

export function rawOf(content: string | Buffer, contentType: string | null, origin = 'fuzz-input'): RawInput {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { bytes, contentType, url: null, origin, sha256: createHash('sha256').update(bytes).digest('hex') };
}
