/**
 * The `tally` command. Each subcommand lives in its own module under commands/ and is
 * imported only when it runs, so `tally extract` never pays for the web server or the
 * database drivers. Errors become output here and nowhere else.
 */
import { Command, CommanderError } from 'commander';
import { isUserError, oneLine, TallyError } from '../errors.js';

/** What a command module exports. */
export interface CommandModule {
  /** Adds arguments, options and the action to the command. */
  configure(cmd: Command): void;
}

interface Entry {
  name: string;
  summary: string;
  load: () => Promise<CommandModule>;
}

/** Every subcommand, in the order `tally --help` lists them. */
const COMMANDS: Entry[] = [
  { name: 'extract', summary: 'read one article (file, URL or -) and print its quantitative claims', load: () => import('./commands/extract.js') },
  { name: 'schema', summary: 'print the JSON Schema of `tally extract --json`', load: () => import('./commands/schema.js') },
  { name: 'ingest', summary: 'add articles, folders, URLs or feeds to the ledger', load: () => import('./commands/ingest.js') },
  { name: 'claims', summary: 'query claims in the ledger', load: () => import('./commands/claims.js') },
  { name: 'series', summary: 'list indicators, or one indicator’s estimates by source over time', load: () => import('./commands/series.js') },
  { name: 'sources', summary: 'list sources in the ledger', load: () => import('./commands/sources.js') },
  { name: 'articles', summary: 'list articles in the ledger', load: () => import('./commands/articles.js') },
  { name: 'export', summary: 'export claims as CSV, JSON or NDJSON', load: () => import('./commands/export.js') },
  { name: 'changes', summary: 'list the ledger’s change log', load: () => import('./commands/changes.js') },
  { name: 'serve', summary: 'serve the HTTP API and web app', load: () => import('./commands/serve.js') },
  { name: 'token', summary: 'manage reviewer tokens', load: () => import('./commands/token.js') },
  { name: 'worker', summary: 'run an ingestion worker on the PostgreSQL queue', load: () => import('./commands/worker.js') },
  { name: 'jobs', summary: 'inspect the ingestion queue', load: () => import('./commands/jobs.js') },
];

async function tryLoad(entry: Entry): Promise<CommandModule | null> {
  try {
    return await entry.load();
  } catch (err) {
    // A command whose module is not built yet is simply not offered.
    if ((err as NodeJS.ErrnoException)?.code === 'ERR_MODULE_NOT_FOUND') return null;
    throw err;
  }
}

export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('tally')
    .description('Tally: quantitative claims from war reporting, with who says them and when.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const entry of COMMANDS) {
    if (only && entry.name !== only) continue;
    const mod = await tryLoad(entry);
    if (!mod) continue;
    const cmd = program.command(entry.name).description(entry.summary).exitOverride();
    mod.configure(cmd);
  }
  return program;
}

/**
 * `tally claims --json | head -1`: once the reader has gone, nothing more can be said to
 * it; end at once and quietly, as `git log | head` does, instead of writing on into a
 * closed pipe (an unhandled 'error' event and a stack trace).
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const first = argv[2];
  const known = COMMANDS.some((c) => c.name === first);
  try {
    const program = await buildProgram(known ? first : undefined);
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return reportError(err);
  }
}

/** The one place where an error becomes a line on stderr and an exit code. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (usage errors, --help, --version).
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof TallyError) {
    process.stderr.write(`tally: ${oneLine(err)}\n`);
    if (process.env.TALLY_DEBUG && err.cause) process.stderr.write(`${String((err.cause as Error)?.stack ?? err.cause)}\n`);
    return isUserError(err) ? 2 : 1;
  }
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EPIPE') return 0;
  process.stderr.write(`tally: internal error: ${oneLine(err)}\n`);
  if (process.env.TALLY_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  return 1;
}
