/**
 * `tally schema`: the JSON Schema of `tally extract --json`, generated from the zod schemas.
 */
import type { Command } from 'commander';

export function configure(cmd: Command): void {
  cmd.action(async () => {
    const { contractJsonSchema } = await import('../../contract.js');
    process.stdout.write(`${JSON.stringify(contractJsonSchema(), null, 2)}\n`);
  });
}
