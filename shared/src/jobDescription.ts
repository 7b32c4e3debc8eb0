/**
 * Where a letter's job description lives, as the server, the CLI and the Use
 * Job Description command agree on it. Pure: paths in, paths out.
 */

/** Looked for, in this order, in the letter's own folder, when nothing names a description. */
export const JOB_DESCRIPTION_FILE_NAMES: readonly string[] = ['job.md', 'job.txt', 'job-description.md', 'jd.md'];

/** A glob for watching those files anywhere in the workspace. */
export const JOB_DESCRIPTION_GLOB = `**/{${JOB_DESCRIPTION_FILE_NAMES.join(',')}}`;

/** The front-matter key that names the description, relative to the letter. */
export const JOB_FRONT_MATTER_KEY = 'job';

/**
 * How the letter at `letterPath` names `descriptionPath` in its front matter:
 * relative, starting `./` or `../`. Both are `/`-separated absolute paths (a URI's
 * path); a description on another Windows drive keeps its absolute path.
 */
export function relativeJobPath(letterPath: string, descriptionPath: string): string {
  const from = segments(letterPath).slice(0, -1);
  const to = segments(descriptionPath);
  if (from[0] !== undefined && to[0] !== undefined && isDrive(from[0]) && from[0].toLowerCase() !== to[0].toLowerCase()) {
    return descriptionPath;
  }
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const down = to.slice(common).join('/');
  return up === 0 ? `./${down}` : `${'../'.repeat(up)}${down}`;
}

function segments(filePath: string): string[] {
  return filePath.split('/').filter((segment) => segment !== '');
}

function isDrive(segment: string): boolean {
  return /^[a-z]:$/i.test(segment);
}

/**
 * A path as a YAML value that reads back as exactly that path: plain when that
 * is safe (`./job.md`, `../jobs/acme.md`), double-quoted otherwise (spaces,
 * backslashes, a colon, `#`, or a name YAML would read as a number or a boolean).
 */
export function yamlPathValue(filePath: string): string {
  const plain =
    /^[\p{L}\p{N}._/~][\p{L}\p{N}._/~+-]*$/u.test(filePath) &&
    !/^(?:true|false|yes|no|on|off|null|y|n|~)$/i.test(filePath) &&
    !/^[-+]?[\d._]+(?:e[-+]?\d+)?$/i.test(filePath) &&
    !/^\.(?:inf|nan)$/i.test(filePath);
  // JSON strings are valid YAML double-quoted scalars.
  return plain ? filePath : JSON.stringify(filePath);
}
