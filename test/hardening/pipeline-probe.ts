/**
 * Runs the reader and the extractor (compiled, from dist/) in a worker thread that is
 * killed when an input runs past its bound: a synchronous extractor stuck on one input
 * cannot be interrupted from its own thread, and a hung test run tells nobody which
 * input did it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { root } from './faults.js';

const DIST_INDEX = join(root, 'dist', 'index.js');

/** Reads (when a content type is given) then extracts, checks the result, and reports. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ready = import(workerData.dist);
ready.then(() => parentPort.postMessage({ ready: true }), (err) => parentPort.postMessage({ ready: false, error: String(err) }));
parentPort.on('message', async ({ id, text, contentType }) => {
  const lib = await ready;
  const t0 = performance.now();
  try {
    let article;
    if (contentType === undefined) {
      article = { title: '', subtitle: null, published: null, outlet: null, url: null, text, related: [] };
    } else {
      try {
        article = lib.parseArticle({ bytes: Buffer.from(text), contentType, url: null, origin: 'probe', sha256: '' });
      } catch (err) {
        if (err instanceof lib.InputError) {
          parentPort.postMessage({ id, ms: performance.now() - t0, claims: 0, refused: err.message });
          return;
        }
        throw err;
      }
    }
    const claims = lib.extractClaims(article);
    const ms = performance.now() - t0;
    let invalid = null;
    try {
      lib.validateResult(JSON.parse(JSON.stringify({ article, claims })));
    } catch (err) {
      invalid = String(err && err.message ? err.message : err).slice(0, 500);
    }
    parentPort.postMessage({ id, ms, claims: claims.length, invalid });
  } catch (err) {
    parentPort.postMessage({ id, ms: performance.now() - t0, error: String(err && err.stack ? err.stack : err).slice(0, 1000) });
  }
});
`;

export interface ProbeResult {
  ms: number;
  claims: number;
  /** The reader refused the input with an InputError (allowed). */
  refused?: string;
  /** The result failed contract validation. */
  invalid?: string | null;
  /** Anything else thrown: a bug. */
  error?: string;
}

export function haveDist(): boolean {
  return existsSync(DIST_INDEX);
}

export class PipelineProbe {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;

  /** A fresh worker has to load the compiled library first; that is not the input's time. */
  private async spawn(): Promise<Worker> {
    if (!this.worker) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dist: pathToFileURL(DIST_INDEX).href } });
      worker.unref();
      this.worker = worker;
      this.ready = new Promise((resolve, reject) => {
        const onReady = (msg: { ready?: boolean; error?: string }) => {
          if (msg.ready === undefined) return;
          worker.off('message', onReady);
          if (msg.ready) resolve();
          else reject(new Error(`cannot load dist/index.js: ${msg.error}`));
        };
        worker.on('message', onReady);
      });
    }
    await this.ready;
    return this.worker;
  }

  /**
   * Extracts from `text` (as an article body, or read as a file of `contentType` first);
   * rejects when it runs past `limitMs`, after killing the worker.
   */
  async run(text: string, limitMs: number, contentType?: string): Promise<ProbeResult> {
    const worker = await this.spawn();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void worker.terminate();
        this.worker = null;
        reject(new Error(`still running after ${limitMs} ms (killed)`));
      }, limitMs);
      const onMessage = (msg: ProbeResult & { id?: number }) => {
        if (msg.id !== id) return;
        cleanup();
        resolve(msg);
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
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, text, contentType });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
