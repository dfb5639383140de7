/**
 * The command line as a process: runs the arguments and exits with run()'s code. The entry point of the
 * bundle scripts/build-cli.js makes (dist-cli/cli.cjs), which `npm run cli` starts; tests call run().
 */
import { run } from './main';

// A reader that stops early (`validate plan.xlsx | head`) closes the pipe: end quietly, not with EPIPE.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
