/** `npm run docs` (second step): writes schemas/coverletterrc.schema.json from the rule registry. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_SCHEMA_PATH, configSchemaText } from '../server/src/config/schema';
import { RULE_INFO } from '../server/src/engine';

const file = path.resolve(__dirname, '..', '..', CONFIG_SCHEMA_PATH);
const after = configSchemaText(RULE_INFO);
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
if (after !== before) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, after);
}
console.log(`${CONFIG_SCHEMA_PATH}: ${after === before ? 'up to date' : 'written'}`);
