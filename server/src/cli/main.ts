/** Entry point of dist/cli.js (`cover-letter-coach`). */
import { run } from './run';
import { packageVersion } from './version';

// `cover-letter-coach check ... | head` closes the pipe early; that is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), packageVersion(__dirname), process).then(
  (code) => {
    // exitCode, not exit(): let buffered output reach a pipe before Node exits.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cover-letter-coach: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
