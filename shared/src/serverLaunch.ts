/**
 * How the language server's node process is started: by the extension, by the
 * benchmark, and (as the README shows) by other editors.
 *
 * `--max-semi-space-size=8` caps V8's young generation at 8 MB a half instead
 * of letting it grow to 16: loading the spelling dictionaries allocates many
 * long-lived objects, which makes V8 grow the young generation to its largest
 * and keep it. `--optimize-for-size` makes V8 favour memory over speed; since
 * checks run in a worker thread (a second V8 heap beside the main thread's),
 * it is what keeps the server's resident memory after 100 open letters under
 * 150 MB in `npm run bench` (about 135 MB with it, 152 MB without), for about
 * a millisecond more per keystroke, far under the 50 ms budget.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--optimize-for-size'];
