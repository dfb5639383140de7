/**
 * The command line as a process: runs the arguments and exits with run()'s code. The entry point of the
 * bundle scripts/build-cli.js makes (dist-cli/cli.cjs), which `npm run cli` starts; tests call run().
 */
import { run } from './main';

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
