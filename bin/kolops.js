#!/usr/bin/env node
// The only place that sets the exit code: the CLI returns one, like ESLint's bin.
// CommonJS (bin/package.json): see the note there.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Answered before anything else loads (issue 17: within 1.3x of `node -e 0`), from the
  // same package.json field the CLI's own --version reads.
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  // `kolops check … | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  const { loadCli } = require('./load-cli.js');
  const cli = loadCli();
  // For the test that proves the shipped cache is used (test/cli/bundle.test.ts).
  if (process.env.KOLOPS_REPORT_CODE_CACHE) process.stderr.write(`kolops: code cache ${cli.cache}\n`);
  cli.main(args).then(
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`kolops: internal error: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
