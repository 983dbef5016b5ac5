/** Runs the built CLI (`npm run build` first) in a child process, as a user would. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = join(root, 'bin', 'tally.js');
export const built = existsSync(join(root, 'dist', 'cli', 'main.js'));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Without blocking this process: servers the CLI talks to must keep answering. */
export function tally(args: string[], opts: { env?: Record<string, string>; cwd?: string; stdin?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, env: { ...process.env, TALLY_DEBUG: '', ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

/** One line on stderr, starting `tally: `, and no stack trace. */
export function oneErrorLine(r: Run): string {
  const lines = r.stderr.trimEnd().split('\n');
  if (lines.length !== 1 || !lines[0].startsWith('tally: ') || /\n\s+at /.test(r.stderr)) {
    throw new Error(`expected one line of error, got:\n${r.stderr}`);
  }
  return lines[0];
}
