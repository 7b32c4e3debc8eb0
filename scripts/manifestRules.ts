/** The rule ids package.json lets `coverLetter.rules` name, from the rule registry. */
import { RULE_INFO } from '../server/src/engine';

export function withRuleIds(packageJson: string): string {
  const manifest = JSON.parse(packageJson);
  manifest.contributes.configuration.properties['coverLetter.rules'].propertyNames = { enum: RULE_INFO.map((r) => r.id) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
