/**
 * `tally serve`: the JSON API and the web app over one ledger. With `--workers N` the
 * port is shared by N processes (node:cluster): SQLite readers then run in parallel and
 * one slow query no longer holds up every request.
 */
import type { Command } from 'commander';
import { InputError, oneLine } from '../../errors.js';

interface ServeOptions {
  host: string;
  port: string;
  db?: string;
  workers: string;
}

/** Loopback by default: exposing the ledger to a network is a deliberate choice. */
const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 8080;
/** More processes than this only add memory on the machines this runs on. */
const MAX_WORKERS = 64;

function parsePort(s: string): number {
  const port = Number(s);
  if (!/^\d+$/.test(s) || port > 65535) throw new InputError(`--port must be a number from 0 to 65535, e.g. --port 8080; got ${JSON.stringify(s)}`);
  return port;
}

function parseWorkers(s: string): number {
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < 1 || n > MAX_WORKERS) throw new InputError(`--workers must be a number from 1 to ${MAX_WORKERS}, e.g. --workers 2; got ${JSON.stringify(s)}`);
  return n;
}

/** What a cluster worker tells the primary when it cannot start serving. */
const START_FAILED = 'tally:start-failed';
interface StartFailed {
  type: typeof START_FAILED;
  detail: string;
}

/** Waits for SIGINT or SIGTERM, then runs `stop`. */
function untilSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((done) => {
    const on = (): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      void stop().finally(done);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** One serving process: open the ledger, build the app, listen until told to stop. */
async function serveOne(opts: { host: string; port: number; db?: string; migrate: boolean; announce: boolean }): Promise<void> {
  const { openLedger } = await import('../../ledger/index.js');
  const { buildApp } = await import('../../api/app.js');
  const ledger = await openLedger({ db: opts.db, migrate: opts.migrate });
  const app = await buildApp({ ledger });
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port: opts.port });
  } catch (err) {
    await ledger.close();
    throw new InputError(`cannot listen on ${opts.host}:${opts.port}: ${(err as Error).message}`, { cause: err });
  }
  if (opts.announce) process.stderr.write(`tally: serving ${ledger.location} at ${address} (API docs at ${address}/docs)\n`);
  await untilSignal(async () => {
    await app.close();
    await ledger.close();
  });
}

/** Finds a free port so that every worker binds the same one. */
async function freePort(host: string): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function serveCluster(opts: { host: string; port: number; db?: string; workers: number }): Promise<void> {
  const { default: cluster } = await import('node:cluster');
  if (!cluster.isPrimary) {
    try {
      await serveOne({ host: opts.host, port: Number(process.env.TALLY_SERVE_PORT), db: opts.db, migrate: false, announce: false });
    } catch (err) {
      // The primary says why, once, for every worker; this one just leaves.
      await new Promise<void>((done) => process.send!({ type: START_FAILED, detail: oneLine(err) } satisfies StartFailed, () => done()));
      process.exit(2);
    }
    // The IPC channel to the primary would keep this process alive.
    process.disconnect?.();
    return;
  }
  // Migrate once, here, before the workers open the ledger side by side.
  const { openLedger } = await import('../../ledger/index.js');
  const ledger = await openLedger({ db: opts.db });
  const location = ledger.location;
  await ledger.close();
  const port = opts.port || (await freePort(opts.host));
  let stopping = false;
  const ready = new Set<number>();
  const fork = () => cluster.fork({ TALLY_SERVE_PORT: String(port) });
  const address = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  await new Promise<void>((resolve, reject) => {
    let started = false;
    // Until every worker listens, a worker that fails would fail again when forked anew
    // (port in use, unreadable ledger): stop them all and report it once.
    const giveUp = (detail: string): void => {
      if (started || stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      void Promise.all(workers.map((w) => new Promise<void>((r) => (w.isDead() ? r() : (w.once('exit', () => r()), w.process.kill('SIGTERM')))))).then(() =>
        reject(new InputError(detail)),
      );
    };
    cluster.on('message', (_w, msg: Partial<StartFailed>) => {
      if (msg?.type === START_FAILED && typeof msg.detail === 'string') giveUp(msg.detail);
    });
    cluster.on('listening', (w) => {
      ready.add(w.id);
      if (ready.size === opts.workers) {
        started = true;
        resolve();
      }
    });
    cluster.on('exit', (w, code, signal) => {
      ready.delete(w.id);
      // Code 0: the worker was told to stop (a signal to the whole process group).
      if (stopping || code === 0) return;
      if (!started) return giveUp(`cannot serve on ${opts.host}:${port}: a worker exited (${signal ?? `code ${code}`}) before it listened`);
      process.stderr.write(`tally: worker ${w.process.pid} exited (code ${code}); starting another\n`);
      fork();
    });
    for (let i = 0; i < opts.workers; i++) fork();
  });
  process.stderr.write(`tally: serving ${location} at ${address} with ${opts.workers} workers (API docs at ${address}/docs)\n`);
  await untilSignal(async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((r) => {
            w.once('exit', () => r());
            w.process.kill('SIGTERM');
          }),
      ),
    );
  });
}

export function configure(cmd: Command): void {
  cmd
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .option('--port <port>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--db <path-or-url>', 'ledger: SQLite file or postgres:// URL (default $TALLY_DB or ./tally.db)')
    .option('--workers <n>', 'processes sharing the port (each keeps its own read cache and write rate limit)', '1')
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port);
      const workers = parseWorkers(opts.workers);
      if (workers === 1) await serveOne({ host: opts.host, port, db: opts.db, migrate: true, announce: true });
      else await serveCluster({ host: opts.host, port, db: opts.db, workers });
    });
}
