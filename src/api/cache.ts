/**
 * Read cache for the JSON API: identical concurrent GETs share one ledger query
 * (single-flight), and the serialised answer is kept until the ledger changes. A ledger
 * that can tell when it changed (SQLite's data_version sees commits by every process)
 * keeps answers exactly as long as they are true; otherwise (PostgreSQL) they are kept
 * for a short time. Any write through the API clears the cache at once.
 */
export interface CachedResponse {
  status: number;
  body: string;
}

interface Entry {
  value: CachedResponse;
  /** The ledger's change token when the answer was computed; null: trust it until `expires`. */
  version: string | null;
  expires: number;
  bytes: number;
}

/** Memory for kept answers: a few thousand pages of 50 claims. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<CachedResponse>>();
  private bytes = 0;
  /** Bumped by every write: answers computed before it must not be stored. */
  private generation = 0;

  constructor(
    /** How long an answer is reused when the ledger gives no change token; 0 keeps only the single-flight sharing. */
    private readonly ttlMs: number,
    /** Changes whenever the ledger may have changed (any process); null when it cannot tell. */
    private readonly version: () => string | null = () => null,
    /** Bound on memory: the least recently used answers go first. */
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  async get(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const version = this.ttlMs > 0 ? this.version() : null;
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.version === version && (version != null || hit.expires > Date.now())) {
        // Most recently used goes last: eviction takes from the front.
        this.entries.delete(key);
        this.entries.set(key, hit);
        return hit.value;
      }
      this.drop(key, hit);
    }
    // Requests that arrive after a change must not share a query started before it.
    const flight = `${this.generation}|${version ?? ''}|${key}`;
    const running = this.inflight.get(flight);
    if (running) return running;
    const gen = this.generation;
    const p = compute().finally(() => this.inflight.delete(flight));
    this.inflight.set(flight, p);
    const value = await p;
    if (this.ttlMs > 0 && gen === this.generation && value.status === 200) this.keep(key, value, version);
    return value;
  }

  private keep(key: string, value: CachedResponse, version: string | null): void {
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    const bytes = value.body.length * 2;
    if (bytes > this.maxBytes / 4) return; // a huge page would push out everything else
    this.entries.set(key, { value, version, expires: Date.now() + this.ttlMs, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(k, e);
    }
  }

  private drop(key: string, e: Entry): void {
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }

  /** Called after every successful write. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.inflight.clear();
    this.bytes = 0;
  }
}
