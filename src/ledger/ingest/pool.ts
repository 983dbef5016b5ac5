/**
 * A fixed pool of worker threads running `processTask`. Each worker holds up to
 * TASKS_PER_WORKER tasks at once, so it starts the next as soon as it finishes one
 * instead of idling until the main thread, busy writing, gets round to sending more.
 * With `size` 0 tasks run inline on the main thread (no dist build needed).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InternalError } from '../../errors.js';
import { processTask, type Outcome, type Task } from './process.js';

/** Tasks handed to one worker ahead: one running, one waiting in the worker itself. */
const TASKS_PER_WORKER = 2;

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
  /** Tasks this worker holds, by id, with whom to tell. */
  tasks: Map<number, { task: Task; resolve: (o: Outcome) => void }>;
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
    const slot: Slot = { worker: new Worker(file), tasks: new Map() };
    slot.worker.on('message', (out: Outcome) => {
      const held = slot.tasks.get(out.id);
      slot.tasks.delete(out.id);
      this.next();
      held?.resolve(out);
    });
    slot.worker.on('error', (err) => {
      // A worker that dies takes only the tasks it held with it: report them, replace the worker.
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn(file);
      for (const { task, resolve } of slot.tasks.values()) {
        resolve({ id: task.id, kind: 'error', input: task.input, feedUrl: task.feedUrl, errorKind: 'internal', reason: `worker crashed: ${err.message}` });
      }
      slot.tasks.clear();
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
    // Fill the least loaded worker first, so that each has one running and one ready.
    for (let held = 0; held < TASKS_PER_WORKER; held++) {
      for (const slot of this.slots) {
        if (slot.tasks.size > held) continue;
        const job = this.waiting.shift();
        if (!job) return;
        slot.tasks.set(job.task.id, job);
        slot.worker.postMessage(job.task);
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
