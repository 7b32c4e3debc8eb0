/**
 * How the language server's node process is started: by the extension, by the
 * benchmark, and (as the README shows) by other editors.
 *
 * `--max-semi-space-size=8` caps V8's young generation at 8 MB a half instead
 * of letting it grow to 16: loading the spelling dictionaries allocates many
 * long-lived objects, which makes V8 grow the young generation to its largest
 * and keep it. With the cap the server's resident memory after 100 open
 * letters fell from 150–159 MB to about 137 MB in `npm run bench`, with the same
 * keystroke latency.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
