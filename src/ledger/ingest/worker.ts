/**
 * Worker thread entry: takes tasks from the pool, answers with outcomes. Extraction is
 * CPU-bound, so the pool runs one of these per core while the main thread writes.
 */
import { parentPort } from 'node:worker_threads';
import { processTask, type Task } from './process.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs inside a worker thread');
port.on('message', (task: Task) => {
  void processTask(task).then((out) => {
    if (out.kind === 'article') {
      // Hand the compressed page over instead of copying it: a fresh buffer we own.
      const gzipped = new Uint8Array(out.raw.gzipped);
      port.postMessage({ ...out, raw: { ...out.raw, gzipped } }, [gzipped.buffer]);
    } else port.postMessage(out);
  });
});
