/**
 * A fixed pool of worker threads running `processTask`; tasks go to the first idle
 * worker. With `size` 0 tasks run inline on the main thread (no dist build needed).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InternalError } from '../../errors.js';
import { processTask, type Outcome, type Task } from './process.js';

/** Workers must load compiled JS: under a TypeScript runner, use the dist/ twin of this file. */
export function workerFile(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const dist = here.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, '$1dist$2');
  if (existsSync(dist)) return dist;
  throw new InternalError(`worker script not found at ${here} or ${dist}; run npm run build`);
}

interface Slot {
  worker: Worker;
  busy: boolean;
  task: Task | null;
  resolve: ((o: Outcome) => void) | null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: Task; resolve: (o: Outcome) => void }[] = [];

  constructor(readonly size: number) {
    if (size <= 0) return;
    const file = workerFile();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(file));
  }

  private spawn(file: string): Slot {
    const slot: Slot = { worker: new Worker(file), busy: false, task: null, resolve: null };
    slot.worker.on('message', (out: Outcome) => {
      const r = slot.resolve;
      slot.busy = false;
      slot.task = null;
      slot.resolve = null;
      r?.(out.kind === 'article' ? { ...out, raw: { ...out.raw, bytes: Buffer.from(out.raw.bytes.buffer, out.raw.bytes.byteOffset, out.raw.bytes.byteLength) } } : out);
      this.next();
    });
    slot.worker.on('error', (err) => {
      // A worker that dies takes only its current task with it: report it, replace the worker.
      const { task, resolve } = slot;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn(file);
      if (task && resolve) resolve({ id: task.id, kind: 'error', input: task.input, feedUrl: task.feedUrl, errorKind: 'internal', reason: `worker crashed: ${err.message}` });
      this.next();
    });
    return slot;
  }

  run(task: Task): Promise<Outcome> {
    if (this.size <= 0) return processTask(task);
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.next();
    });
  }

  private next(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.waiting.shift();
      if (!job) return;
      slot.busy = true;
      slot.task = job.task;
      slot.resolve = job.resolve;
      slot.worker.postMessage(job.task);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
