/**
 * Read cache for the JSON API: identical concurrent GETs share one ledger query
 * (single-flight), and the serialised answer is kept for a short time. Any write through
 * the API clears it at once; writes by other processes (`tally ingest`, workers) show up
 * when the entry expires.
 */
export interface CachedResponse {
  status: number;
  body: string;
}

export class ReadCache {
  private readonly entries = new Map<string, { value: CachedResponse; expires: number }>();
  private readonly inflight = new Map<string, Promise<CachedResponse>>();
  /** Bumped by every write: answers computed before it must not be stored. */
  private generation = 0;

  constructor(
    /** How long an answer is reused; 0 keeps only the single-flight sharing. */
    private readonly ttlMs: number,
    /** Bound on memory: the oldest entries go first. */
    private readonly maxEntries = 1000,
  ) {}

  async get(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const running = this.inflight.get(key);
    if (running) return running;
    const gen = this.generation;
    const p = compute().finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    const value = await p;
    if (this.ttlMs > 0 && gen === this.generation && value.status === 200) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    }
    return value;
  }

  /** Called after every successful write. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.inflight.clear();
  }
}
