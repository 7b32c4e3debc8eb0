import { capitalisedSlipOf, properForm, slipAmong } from '../checks/nearWords';
import { createCachePerOwner } from '../memory/caches';
import type { Paragraph } from '../structure/model';
import { FACTS, IN_CONTEXT, remember, rememberInContext, type UnknownWord } from '../structure/memo';
import type { Fix, SpellingDictionary } from '../types';
import { withoutPossessive, type Token } from '../text/tokens';
import { bareWebAddresses } from '../text/webAddresses';
import { FIELD_WORDS } from '../vocabulary/fieldWords';
import { GREETING_WORDS, NAME_PARTICLES } from '../vocabulary/properNouns';
import { TOOLS } from '../vocabulary/terms';
import type { CheckContext, RawFinding, Rule } from '../kit/rule';

/**
 * The fixes for a misspelt word at `offset`: the dictionary's best few
 * suggestions, remembered per word. Several milliseconds a word, which is why
 * the server asks for them only on request.
 */
export function spellingFixes(dictionary: SpellingDictionary, written: string, offset: number): Fix[] {
  const word = written.replace(/’/g, "'");
  const suggestions = suggestionsFor(dictionary, word);
  // A slip in a capitalised word we know ("Janaury", "Pytorhc"): that word first, as it is written.
  const meant = /^\p{Lu}/u.test(word) ? slipInName(written) : undefined;
  // Capitals as a letter writes them ("Javascript" → "JavaScript"), for a capitalised word.
  const recased = /^\p{Lu}/u.test(word) ? suggestions.map((s) => properForm(s) ?? s) : suggestions;
  const all = [...new Set(meant ? [meant, ...recased] : recased)].slice(0, SUGGESTIONS_PER_WORD);
  return all.map((s) => ({
    title: `Change to “${s}”`,
    edits: [{ offset, length: written.length, newText: s }],
  }));
}

/** The capitalised word `word` is a slip of, with its possessive kept ("Pyhton's" → "Python's"). */
function slipInName(word: string): string | undefined {
  const stem = withoutPossessive(word);
  const meant = capitalisedSlipOf(stem) ?? slipAmong(stem, GREETING_WORDS);
  return meant === undefined ? undefined : meant + word.slice(stem.length);
}

/** Whether the suggestions for `written` are already known (and so cost nothing now). */
export function hasSpellingFixes(dictionary: SpellingDictionary, written: string): boolean {
  return suggestionCache.peek(dictionary)?.has(written.replace(/’/g, "'")) ?? false;
}

/** Suggestions are slow to compute; past this many unknown words, flag without them. */
const MAX_WORDS_WITH_SUGGESTIONS = 25;
const SUGGESTIONS_PER_WORD = 3;

const KNOWN = new Set([...FIELD_WORDS, ...TOOLS.flatMap((t) => t.phrase.toLowerCase().split(/[\s|]+/))]);

const PARTICLES = new Set(NAME_PARTICLES);

/** Prefixes taken on the field's words as on the dictionary's ("overcollateralized", "retokenized"). */
const KNOWN_PREFIXES = ['mis', 'non', 'over', 'under', 'multi', 'cross', 'semi', 'self', 're', 'un', 'pre'];

/** The endings a verb in "-ize" takes, and the British "-ise" ones: "featurize" is known, so "featurising" is too. */
const IZE_FORMS = ['e', 'es', 'ed', 'ing', 'er', 'ers', 'ation', 'ations'];

/** The "-ome", "-omic", "-omics" family of a field ("lipidome", "lipidomic", "lipidomics"). */
const OME_FORMS = ['ome', 'omes', 'omic', 'omics'];

/**
 * Other forms of the same word that the dictionary or the field's list may hold: another ending
 * of a verb in "-ize" or "-ise", or of an "-omics" field. A word is correct when one of them is.
 * Only lower-case words of eight letters or more: capitalised ones are names or slips in names.
 */
function siblings(word: string): string[] {
  if (word.length < 8 || !/^[a-z]+$/.test(word)) return [];
  const ize = /^(.{4,}i)[sz](e|es|ed|ing|er|ers|ation|ations)$/.exec(word);
  if (ize) return IZE_FORMS.flatMap((ending) => [`${ize[1]}z${ending}`, `${ize[1]}s${ending}`]).filter((w) => w !== word);
  const ome = /^(.{4,})(ome|omes|omic|omics)$/.exec(word);
  if (ome) return OME_FORMS.map((ending) => ome[1] + ending).filter((w) => w !== word);
  return [];
}

/**
 * A plural or a prefix on a field word of five letters or more that the list leaves out
 * ("lakehouses", "overcollateralized"), as the dictionary builds on its own words.
 */
function isBuiltOnKnown(word: string): boolean {
  const plural = /(?:s|x|z|ch|sh)es$/.test(word) ? word.slice(0, -2) : /[^s]s$/.test(word) ? word.slice(0, -1) : undefined;
  if (plural !== undefined && plural.length >= 5 && KNOWN.has(plural)) return true;
  for (const prefix of KNOWN_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length).replace(/^-/, '');
    if (rest.length >= 5 && (KNOWN.has(rest) || isBuiltOnKnown(rest))) return true;
  }
  return false;
}

/**
 * The word is joined by a dot to the word before or after it, with a lower-case letter after
 * the dot: a method, a module or a file ("df.groupby", "docker-compose.yml"). "model.It" (a
 * missing space before a sentence) is not.
 */
function isDotted(text: string, start: number, end: number, paragraph: Paragraph): boolean {
  // Only the paragraph's own characters are read: its findings are remembered by its text.
  const at = (i: number) => (i >= paragraph.start && i < paragraph.end ? text.charAt(i) : ' ');
  const before = at(start - 1) === '.' && /[\p{L}\p{N}_]/u.test(at(start - 2));
  const after = at(end) === '.' && /\p{Ll}/u.test(at(end + 1));
  return (before && /^\p{Ll}/u.test(text.charAt(start))) || after;
}

/** Titles written before a surname, whose full stop can end a sentence for the splitter. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st']);

export const spelling: Rule = {
  id: 'spelling',
  name: 'Spelling',
  defaultSeverity: 'warning',
  summary: 'A word that is not in the English (US or UK) dictionary, the field’s vocabulary, or your own dictionaries.',
  explanation:
    'Typos read as carelessness, and a cover letter is a sample of your care. Names of people, companies, places and products are skipped: ' +
    'capitalised words (unless a common misspelling such as “Febuary”, or one slip away from a month, weekday, language, country, city, large employer, tool or job title, such as “Janaury”, “Pyhton” or “Scienitst”), ' +
    'words in capitals or with inner capitals (PyTorch, MLOps), words with digits (p99, A10G), words with letters English does not use, the parts of web addresses (github.com/jdoe), ' +
    'the company named in the front matter, and the words of the job description. A lower-case word that is one slip from no word at all, and not two words run together, ' +
    'is a term the lists lack (“piscirickettsiosis”) rather than a typo, and is left alone too. Add your own words to `words` in `.coverletterrc.json` or to the `coverLetter.words` setting.',
  example: { before: 'I recieved the managment award.', after: 'I received the management award.' },
  examples: {
    fixed: [
      { before: 'I recieved the award.', after: 'I received the award.' },
      { before: 'I mentor students on saturday mornings.', after: 'I mentor students on Saturday mornings.' },
      { before: 'I am writing to express myinterest in the role.', after: 'I am writing to express my interest in the role.' },
    ],
    flagged: [
      'I am writing to express ⟦myinterest⟧ in the role.',
      'The new tool gave the analysts a ⟦smoothworkflow⟧ for month-end.',
      'Some ⟦saturday⟧ mornings I mentor students at the library.',
      'I moved the nightly jobs to ⟦Kuberentes⟧ and rewrote them in ⟦Pyhton⟧.',
      'We shipped the new ranker in ⟦Febuary⟧.',
      'I joined the forecasting team in ⟦Janaury⟧ as a Senior Data ⟦Scienitst⟧.',
      '⟦Gogle⟧ Cloud ran the nightly jobs.',
      'I ⟦recieved⟧ the award.',
      '⟦Definately⟧ the hardest part was the backfill.',
      'Our ⟦managment⟧ team agreed.',
      'The ⟦enviroment⟧ was new to me, and I learned it within a week.',
      'I rebuilt the ⟦pipleine⟧ that feeds our weekly forecasts.',
      'I shipped a ⟦scalabe⟧ recommender for the spring catalogue.',
      'We halved the ⟦latncy⟧ of the scoring service.',
    ],
    clean: [
      'As a volunteer tutor I taught a lab on piscirickettsiosis in farmed salmon.',
      'I met Dockery and Karas at Lumen, and we moved the builds from Jenkins to Airflow.',
      'Our scalable recommender made the genomic pipelines reproducible, and reproducibility is now checked on every release.',
      'I kept the convolutional models performant through their whole lifecycle and wrote the integrations myself.',
      'Adeyemi reviewed the rollout with me, and the chatbot’s uptime held at 99.9%.',
      'Dear Ms. Vardakis,',
      'I shipped the reranker to Kubeflow and retrained it nightly on Feast features.',
      'Tomás Berriault joined Cordillera Commerce in Reykjavík.',
      'Our p99 fell to 38ms on A10Gs with int8 quantization.',
      'We organised the colour review.',
      'We pretrained a multimodal retriever and kept its vectors in faiss, then in qdrant.',
      'Northwind Analytics is hiring. Zentrix pays well, and I met the Zentrix team.',
      'Chargeback losses fell by 2.1 million złoty, and the Łódź office adopted the model.',
      'I moved the tri-weekly refresh to a daily one and fixed the mis-labelled rows.',
      'Abara reviewed the model with me. Veritrade adopted it in May, and Ngozi signed it off.',
      'I presented the results to Mr Targett, and Merckx and Aprile joined from the Streamly side.',
      'My code is at [github.com/jdoe](https://github.com/jdoe) and my notes at jdoe.github.io/notes.',
    ],
  },
  check: (letter, context) => {
    const dictionary = context.spelling;
    if (!dictionary) return []; // Still loading, or not available: other rules go ahead.
    const names = new Set(letter.paragraphs.flatMap(namesIn));
    // Capitalised words of the greeting, the header and the signature: names whatever they look like ("Dear Ms Targett").
    const addressed = new Set(letter.paragraphs.filter((p) => NAMING_ROLES.has(p.role)).flatMap(capitalisedIn));
    // The job description's words are known: its product names, its jargon, its company.
    const job = context.job ? jobWords(context.job.description.document) : undefined;
    const findings: RawFinding[] = [];
    for (const paragraph of letter.paragraphs) {
      for (const unknown of unknownWords(paragraph, letter.masked, dictionary, context)) {
        // (The greeting's own unknown words have been sorted already: only slips in its words are left.)
        if (job?.has(unknown.norm) || (addressed.has(unknown.norm) && paragraph.role !== 'salutation')) continue;
        // A name written elsewhere in the letter is a name here too, unless this word is itself a slip (Pyhton, Febuary).
        const greetingSlip = paragraph.role === 'salutation' && slipAmong(unknown.norm, GREETING_WORDS) !== undefined;
        if (names.has(unknown.norm) && !(/^\p{Lu}/u.test(unknown.raw) && (greetingSlip || isSlip(dictionary, unknown.norm, true, false)))) continue;
        const offset = paragraph.start + unknown.offset;
        const suggest = context.spellingSuggestions && findings.length < MAX_WORDS_WITH_SUGGESTIONS;
        const fixes = suggest ? spellingFixes(dictionary, unknown.raw, offset) : [];
        const suggestions = fixes.map((fix) => `“${fix.edits[0]!.newText}”`);
        findings.push({
          offset,
          length: unknown.raw.length,
          message: `“${unknown.raw}” is not in the dictionary.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
          fixes,
        });
      }
    }
    return findings;
  },
};

/**
 * The paragraph's words that no dictionary knows and that are not skipped as
 * names or own words, remembered per paragraph. Names written elsewhere in the
 * letter are taken out afterwards, by the letter-level check.
 */
function unknownWords(paragraph: Paragraph, masked: string, dictionary: SpellingDictionary, context: CheckContext): readonly UnknownWord[] {
  if (paragraph.role === 'signature' || paragraph.role === 'header') return [];
  return rememberInContext(paragraph, context.localId, IN_CONTEXT.unknownWords, () => {
    const own = ownWords(context);
    const unknown: UnknownWord[] = [];
    // Web addresses written without "http" or "www" (a link's text "github.com/jdoe"): their parts are not words.
    const addresses = bareWebAddresses(masked.slice(paragraph.start, paragraph.end)).map((a) => ({
      start: a.start + paragraph.start,
      end: a.end + paragraph.start,
    }));
    paragraph.sentences.forEach((sentence, s) => {
      const afterTitle = s > 0 && HONORIFICS.has(paragraph.sentences[s - 1]!.tokens.at(-1)?.norm ?? '');
      sentence.tokens.forEach((token, index) => {
        if (index > 0 && sentence.tokens[index - 1]!.start === token.start) return; // second half of a contraction
        // "Dear Ms. Abara", "Dear Mr Targett": after a title (the title's full stop may have ended a sentence) comes a name.
        if (/^\p{Lu}/u.test(token.raw) && (index === 0 ? afterTitle : HONORIFICS.has(sentence.tokens[index - 1]!.norm))) return;
        // Asked only about capitalised words, and only once the dictionary does not know them (its answers are cached).
        // A greeting's capitalised words are names ("Dear Kaffka"): there only a known misspelling is a slip.
        const slip = (word: string) =>
          !isCorrect(dictionary, token.raw.replace(/’/g, "'")) && isSlip(dictionary, word, paragraph.role !== 'salutation', index === 0);
        if (slipWithInnerCapitals(token.raw)) {
          if (!own.has(token.norm) && !isCorrect(dictionary, token.raw.replace(/’/g, "'"))) {
            unknown.push({ offset: token.start - paragraph.start, raw: token.raw, norm: token.norm });
          }
          return;
        }
        if (skip(token, index, own, slip) || isHyphenPrefix(sentence.tokens, index)) return;
        if (startsAName(sentence.tokens, index) && !slip(token.norm)) return;
        if (addresses.some((a) => token.start >= a.start && token.end <= a.end)) return;
        // A handle or a tag ("@jdoe", "#mlops"): a name, not a word.
        if (token.start > paragraph.start && '@#'.includes(masked.charAt(token.start - 1))) return;
        // Code or a file named in prose ("df.groupby", "config.yml"): a dot between letters, lower case after it.
        if (isDotted(masked, token.start, token.end, paragraph)) return;
        // "de los Andes", "van der Rohe": a particle of a name before its capitalised word.
        const next = sentence.tokens[index + 1];
        if (PARTICLES.has(token.norm) && next !== undefined && /^\p{Lu}/u.test(next.raw)) return;
        if (isCorrect(dictionary, token.raw.replace(/’/g, "'"))) return;
        if (siblings(token.norm).some((s) => KNOWN.has(s) || isCorrect(dictionary, s))) return;
        // Capitalised at the start of a sentence, a word no dictionary knows is far more often a name
        // (Abara, Veritrade, Ngozi) than a slip: only a known misspelling or a slip in a capitalised
        // word we know (Janaury, Pyhton) is flagged there.
        if (index === 0 && /^\p{Lu}/u.test(token.raw) && !isSlip(dictionary, token.norm, paragraph.role !== 'salutation')) return;
        // A lower-case word one slip from no word we know, and not two words run together, is far more often
        // a term the lists lack (piscirickettsiosis) than a typo: typos sit next to the word meant.
        if (token.raw === token.raw.toLowerCase() && !nextToAWord(dictionary, token.norm)) return;
        unknown.push({ offset: token.start - paragraph.start, raw: token.raw, norm: token.norm });
      });
    });
    return unknown;
  });
}

/** Looking a word up is cheap but runs for every word on every keystroke: remember the answers. */
const verdicts = createCachePerOwner<SpellingDictionary, string, boolean>('spellingVerdicts');

function isCorrect(dictionary: SpellingDictionary, word: string): boolean {
  const cache = verdicts.for(dictionary);
  let correct = cache.get(word);
  if (correct === undefined) {
    // A capitalised word is asked as written: the dictionary knows names only capitalised, and builds
    // compounds only in lower case ("Wallmart" is not wall + mart).
    correct = dictionary.correct(word) || (!/^\p{Lu}/u.test(word) && dictionary.correct(word.toLowerCase()));
    cache.set(word, correct);
  }
  return correct;
}

/** Suggestions cost milliseconds a word; a letter's typos stay the same between keystrokes. */
const suggestionCache = createCachePerOwner<SpellingDictionary, string, string[]>('spellingSuggestions');

function suggestionsFor(dictionary: SpellingDictionary, word: string): string[] {
  const cache = suggestionCache.for(dictionary);
  let suggestions = cache.get(word);
  if (!suggestions) {
    suggestions = dictionary.suggest(word);
    // A name written in lower case ("saturday", "london"): the name first.
    const named = word.charAt(0).toUpperCase() + word.slice(1);
    if (word === word.toLowerCase() && named !== word && dictionary.correct(named)) suggestions = [named, ...suggestions.filter((s) => s !== named)];
    suggestions = suggestions.slice(0, SUGGESTIONS_PER_WORD);
    cache.set(word, suggestions);
  }
  return suggestions;
}

/** The words of a job description, lower case; remembered per description, which changes far less often than the letter. */
const jobWordCache = createCachePerOwner<object, 'words', ReadonlySet<string>>('jobWords');

function jobWords(document: { sentences: readonly { tokens: readonly Token[] }[] }): ReadonlySet<string> {
  const cache = jobWordCache.for(document);
  let words = cache.get('words');
  if (!words) {
    words = new Set(document.sentences.flatMap((s) => s.tokens.map((t) => t.norm)));
    cache.set('words', words);
  }
  return words;
}

/**
 * Whether an unknown lower-case word reads as a slip: a known misspelling, one edit from a
 * listed word (the dictionary's suggestions, remembered per word), a name written in lower
 * case ("saturday"), or two words with the space between them lost ("myinterest").
 */
function nextToAWord(dictionary: SpellingDictionary, word: string): boolean {
  const plain = word.replace(/’/g, "'");
  if (dictionary.isKnownMisspelling?.(plain) === true || suggestionsFor(dictionary, plain).length > 0) return true;
  for (let i = 1; i < plain.length; i++) {
    const left = plain.slice(0, i);
    if ((left.length > 1 || left === 'a' || left === 'i') && isCorrect(dictionary, left) && isCorrect(dictionary, plain.slice(i))) return true;
  }
  return false;
}

function ownWords(context: CheckContext): Set<string> {
  const words = new Set(context.words.map((w) => w.toLowerCase()));
  for (const part of context.company?.toLowerCase().split(/[^\p{L}\p{N}]+/u) ?? []) if (part) words.add(part);
  return words;
}

/** Words written capitalised inside a sentence: names, even where they open a sentence elsewhere in the letter. */
function namesIn(paragraph: Paragraph): readonly string[] {
  return remember(paragraph, FACTS.names, () => {
    const names = new Set<string>();
    for (const s of paragraph.sentences) s.tokens.forEach((t, i) => i > 0 && /^\p{Lu}/u.test(t.raw) && names.add(t.norm));
    return [...names];
  });
}

/** Paragraphs whose capitalised words are people's and places' names: the greeting, the header and the signature. */
const NAMING_ROLES: ReadonlySet<Paragraph['role']> = new Set(['salutation', 'header', 'signature']);

/** Every capitalised word of a paragraph, the first of a sentence too, taken for a name. */
function capitalisedIn(paragraph: Paragraph): string[] {
  // Not a slip in a greeting's own words ("Dear Hiring Manaegr"): that is flagged, not a name.
  return paragraph.sentences.flatMap((s) =>
    s.tokens.filter((t) => /^\p{Lu}/u.test(t.raw) && slipAmong(t.raw, GREETING_WORDS) === undefined).map((t) => t.norm),
  );
}

/** Prefixes written before a hyphen ("tri-weekly", "mis-labelled"): not words on their own. */
const HYPHEN_PREFIXES = new Set([
  'tri',
  'mis',
  'uni',
  'quad',
  'poly',
  'mono',
  'omni',
  'pseudo',
  'quasi',
  'neo',
  'proto',
  'hyper',
  'ultra',
  'mega',
  'giga',
  'tera',
  'nano',
  'micro',
  'macro',
]);

/** The token is a prefix joined to the next word by a hyphen (nothing but one character between them). */
function isHyphenPrefix(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return next !== undefined && next.start === token.end + 1 && HYPHEN_PREFIXES.has(token.norm);
}

/** "Northwind Analytics is…": a capitalised word followed by another is the start of a name. */
function startsAName(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return index === 0 && /^\p{Lu}/u.test(tokens[0]!.raw) && next !== undefined && /^\p{Lu}/u.test(next.raw);
}

/**
 * Longer than any English word: a pasted hash, key or run of letters. The
 * dictionary's compound rules take time that grows faster than the word (a
 * 50,000-letter word took 30 s), so such a token is not looked up.
 */
const MAX_WORD_LENGTH = 45;

/**
 * Letters outside English and its usual loanword accents (café, naïve, résumé,
 * façade, señor, über): a word holding one is not an English typo.
 */
const FOREIGN_LETTER = /[^a-zA-Z\p{N}'’àáâäçèéêëìíîïñòóôöùúûüÿÀÁÂÄÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÛÜŸ]/u;

/**
 * A capitalised word that is a known misspelling ("Febuary") or a slip in a capitalised word we
 * know (a month, a tool, a country: "Janaury", "Pyhton", "Gemany"): flagged even where a name could stand.
 */
function isSlip(dictionary: SpellingDictionary, word: string, nearKnown = true, anyMisspelling = true): boolean {
  if (nearKnown && capitalisedSlipOf(withoutPossessive(word)) !== undefined) return true;
  // In the greeting, other capitalised words are names: only a slip in a greeting's word is looked for.
  if (!nearKnown && slipAmong(word, GREETING_WORDS) !== undefined) return true;
  if (dictionary.isKnownMisspelling?.(word) !== true) return false;
  // Inside a sentence a capitalised word is a name unless the misspelling is of a word written
  // capitalised ("Febuary", "Wensday", "Carribean"): "Cornel", "Analise" and "Embrio" are names there.
  return (
    anyMisspelling ||
    suggestionsFor(dictionary, word.toLowerCase()).some((s) => properForm(s) !== undefined || GREETING.has(s) || isProperNoun(dictionary, s))
  );
}

/** The greeting's words in lower case: a misspelling of one ("Dear Proffesor Lee") is a slip in the greeting too. */
const GREETING = new Set(GREETING_WORDS.map((w) => w.toLowerCase()));

/** The dictionary lists the word capitalised only: a name of a place, people or thing ("Brazilian", "Caribbean"). */
function isProperNoun(dictionary: SpellingDictionary, word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !dictionary.correct(word) && dictionary.correct(word.charAt(0).toUpperCase() + word.slice(1));
}

/**
 * A word with inner capitals is a product's or a company's name (PyTorch, MLOps, DataRobot)
 * and is skipped, unless it is one slip from such a name we know: "McKinsy", "PyTroch", "GitHib".
 */
function slipWithInnerCapitals(raw: string): boolean {
  if (raw.length < 5 || !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(raw) || /\p{N}/u.test(raw)) return false;
  const meant = capitalisedSlipOf(withoutPossessive(raw));
  return meant !== undefined && /\p{Lu}/u.test(meant.slice(1));
}

function skip(token: Token, index: number, own: ReadonlySet<string>, slip: (word: string) => boolean): boolean {
  const raw = token.raw;
  if (raw.length <= 2 || raw.length > MAX_WORD_LENGTH || /\p{N}/u.test(raw)) return true;
  // A template's run of x's ("xxx-xxx-xxxx", "XXXX"): a slot for the unfilled-placeholder rule, not a word.
  if (/^x+$/i.test(raw)) return true;
  if (/\p{Lu}/u.test(raw.slice(1))) return true; // PyTorch, MLOps, LLMs, NASA
  // A letter English does not use (złoty, Łódź, smørrebrød, Straße): a word of another language, or a name.
  if (FOREIGN_LETTER.test(raw)) return true;
  const lower = token.norm;
  if (KNOWN.has(lower) || own.has(lower) || isBuiltOnKnown(lower)) return true;
  // Capitalised inside a sentence: a name, unless it is a known misspelling or a slip in a tool's
  // name (Febuary, Pyhton). At the start: a name if possessive, or (checked last, see unknownWords)
  // unless it is a known misspelling.
  return /^\p{Lu}/u.test(raw) && (index > 0 || /['’]s$/.test(raw)) && !slip(lower);
}
