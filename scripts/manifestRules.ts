/** The rule ids package.json lets `coverLetter.rules` name, from the rule registry. */
import { RULE_INFO } from '../server/src/engine';

export function withRuleIds(packageJson: string): string {
  // Only the path written below is typed; every other field is copied through as parsed.
  const manifest = JSON.parse(packageJson) as {
    contributes: { configuration: { properties: { 'coverLetter.rules': { propertyNames?: unknown } } } };
  };
  manifest.contributes.configuration.properties['coverLetter.rules'].propertyNames = { enum: RULE_INFO.map((r) => r.id) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
