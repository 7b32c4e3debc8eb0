/** Files in test/editor/fixtures, copied afresh into the workspace of every run. */
export const WEAK_LETTER = 'cover-letter-weak.md';
/** A plain-text letter in a `cover-letters/` folder: checked because of the folder. */
export const FOLDER_LETTER = 'cover-letters/platform-team.txt';
/** Weak phrasing in a file whose name matches none of `coverLetter.files`. */
export const NOTES = 'notes.md';
/** Named like most people name a letter, with spaces and capitals: checked. */
export const NAMED_LETTER = 'Cover Letter - Platform Team.md';
/** A Markdown letter whose front matter sets `target: 250`. */
export const TARGET_LETTER = 'cover-letter-target.md';
/** An empty letter to type a snippet prefix into. */
export const EMPTY_LETTER = 'cover-letters/from-snippet.md';
