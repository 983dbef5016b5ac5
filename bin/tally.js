#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
  // The command has finished (`serve` and `worker` return only once stopped): end now,
  // once what was written has been flushed, rather than wait for a timer or socket that a
  // library left behind (a refused URL's fetch deadline would otherwise hold us 10 s).
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
