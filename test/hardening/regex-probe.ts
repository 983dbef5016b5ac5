/**
 * Runs a regular expression over a string in a worker thread, so that a pattern that
 * backtracks catastrophically fails the test instead of hanging it: a synchronous regex
 * cannot be interrupted from its own thread, but a worker can be terminated.
 */
import { Worker } from 'node:worker_threads';

/** The worker: scans the input with the pattern (global, not sticky) and reports the time. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const inputs = workerData.inputs;
parentPort.on('message', ({ id, source, flags, input }) => {
  let re;
  try {
    re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
  } catch (err) {
    parentPort.postMessage({ id, error: String(err) });
    return;
  }
  const text = inputs[input];
  const t0 = performance.now();
  let matches = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    matches++;
    if (m[0].length === 0) re.lastIndex++;
  }
  parentPort.postMessage({ id, ms: performance.now() - t0, matches });
});
`;

export interface ScanResult {
  ms: number;
  matches: number;
}

export class RegexProbe {
  private worker: Worker | null = null;
  private nextId = 0;
  /** Set while a scan is in flight; a new scan first kills a worker that is still busy. */
  private inFlight: (() => void) | null = null;

  constructor(
    private readonly inputs: readonly string[],
    /** After this long without an answer the worker is killed and the scan fails. */
    private readonly hardLimitMs: number,
  ) {}

  private spawn(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { inputs: this.inputs } });
      this.worker.unref();
    }
    return this.worker;
  }

  /** Scans inputs[input]; rejects with a clear message when it runs past the hard limit. */
  scan(source: string, flags: string, input: number): Promise<ScanResult> {
    // A test that timed out leaves its scan running; the next test must not queue behind it.
    this.inFlight?.();
    const worker = this.spawn();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        // The worker is stuck inside the regex engine: the only way out is to kill it.
        void worker.terminate();
        this.worker = null;
        reject(new Error(`still running after ${this.hardLimitMs} ms (killed)`));
      }, this.hardLimitMs);
      const onMessage = (msg: { id: number; ms?: number; matches?: number; error?: string }) => {
        if (msg.id !== id) return;
        cleanup();
        if (msg.error) reject(new Error(msg.error));
        else resolve({ ms: msg.ms ?? 0, matches: msg.matches ?? 0 });
      };
      const onError = (err: Error) => {
        cleanup();
        this.worker = null;
        reject(err);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        this.inFlight = null;
      };
      this.inFlight = () => {
        cleanup();
        void worker.terminate();
        this.worker = null;
        reject(new Error('abandoned'));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, source, flags, input });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
