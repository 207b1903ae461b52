#!/usr/bin/env node
// CLI entry: runs the compiled command dispatcher (npm ci builds dist/ through the prepare script).
import { main } from '../dist/src/cli/index.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`dyad: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
