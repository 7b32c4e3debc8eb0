/**
 * One message for many unknown rule ids, in the settings or a config file:
 * thousands of lines, one per id, would bury everything else.
 */
export const LISTED_UNKNOWN_RULES = 3;

/** "5,000 unknown rule ids: a, b, c and 4,997 more" (or all of them, when there are few). */
export function unknownRuleIds(ids: readonly string[]): string {
  const count = ids.length.toLocaleString('en-US');
  const quoted = ids.map((id) => `"${id.length > 60 ? `${id.slice(0, 59)}…` : id}"`);
  if (quoted.length <= LISTED_UNKNOWN_RULES + 1) {
    return `${count} unknown rule ids: ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
  }
  const more = (ids.length - LISTED_UNKNOWN_RULES).toLocaleString('en-US');
  return `${count} unknown rule ids: ${quoted.slice(0, LISTED_UNKNOWN_RULES).join(', ')} and ${more} more`;
}
