/**
 * The written forms of an English verb or noun, for the phrase language's
 * `word~` ("contribute~" → contribute, contributes, contributed, contributing).
 * Generated once when a vocabulary is compiled; forms that are not words only
 * cost a set entry, since the text never holds them.
 */
import { wordTable } from '../vocabulary/wordTable';

/** Verbs whose past forms do not end in -ed. Base → [past, participle, ...more]. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = wordTable({
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone'],
  become: ['became'],
  begin: ['began', 'begun'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  catch: ['caught'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  cut: ['cut'],
  deal: ['dealt'],
  draw: ['drew', 'drawn'],
  dream: ['dreamt', 'dreamed'],
  drive: ['drove', 'driven'],
  feel: ['felt'],
  find: ['found'],
  fly: ['flew', 'flown'],
  forget: ['forgot', 'forgotten'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  grow: ['grew', 'grown'],
  hear: ['heard'],
  hold: ['held'],
  keep: ['kept'],
  know: ['knew', 'known'],
  lead: ['led'],
  learn: ['learnt', 'learned'],
  leave: ['left'],
  lose: ['lost'],
  make: ['made'],
  mean: ['meant'],
  meet: ['met'],
  oversee: ['oversaw', 'overseen'],
  pay: ['paid'],
  put: ['put'],
  read: ['read'],
  rise: ['rose', 'risen'],
  run: ['ran', 'running'],
  say: ['said'],
  see: ['saw', 'seen'],
  seek: ['sought'],
  sell: ['sold'],
  send: ['sent'],
  set: ['set', 'setting'],
  show: ['showed', 'shown'],
  speak: ['spoke', 'spoken'],
  spend: ['spent'],
  stand: ['stood'],
  take: ['took', 'taken'],
  teach: ['taught'],
  tell: ['told'],
  think: ['thought'],
  understand: ['understood'],
  undertake: ['undertook', 'undertaken'],
  win: ['won', 'winning'],
  write: ['wrote', 'written'],
});

const VOWEL = /[aeiou]/;

/** -s form: "fix" → "fixes", "apply" → "applies", "build" → "builds". */
function third(base: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** -ed and -ing stems; a final consonant after one vowel may double ("plan" → "planned"), so both are given. */
function regularForms(base: string): string[] {
  const forms: string[] = [];
  if (base.endsWith('e') && !base.endsWith('ee')) {
    forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  } else {
    forms.push(`${base}ed`, `${base}ing`);
    const last = base.at(-1) ?? '';
    const beforeLast = base.at(-2) ?? '';
    if (/[bdgklmnprt]/.test(last) && VOWEL.test(beforeLast) && !VOWEL.test(base.at(-3) ?? 'a')) {
      forms.push(`${base}${last}ed`, `${base}${last}ing`);
    }
  }
  return forms;
}

/** British and American spellings of -ize/-yze verbs ("optimize" ↔ "optimise"). */
function spellings(word: string): string[] {
  if (/iz(e|es|ed|ing|ation|ations)$/.test(word)) return [word, word.replace(/iz(?=e|es|ed|ing|ation|ations$)/, 'is')];
  if (/is(e|es|ed|ing|ation|ations)$/.test(word)) return [word, word.replace(/is(?=e|es|ed|ing|ation|ations$)/, 'iz')];
  if (/yz(e|es|ed|ing)$/.test(word)) return [word, word.replace(/yz(?=e|es|ed|ing$)/, 'ys')];
  if (/ys(e|es|ed|ing)$/.test(word)) return [word, word.replace(/ys(?=e|es|ed|ing$)/, 'yz')];
  return [word];
}

/** Every form of `base` (lower case): itself, -s, -ed, -ing, irregular past forms, and British/American spellings. */
export function inflections(base: string): string[] {
  const forms = new Set<string>([base, third(base), ...(IRREGULAR[base] ?? regularForms(base))]);
  // Irregular verbs still take -ing ("building", "getting"); "be" lists its own.
  if (IRREGULAR[base] && base !== 'be') {
    for (const form of regularForms(base)) if (form.endsWith('ing')) forms.add(form);
  }
  return [...new Set([...forms].flatMap(spellings))];
}
