/**
 * Words that mark a template slot ("[Company Name]", "<Hiring Manager>",
 * "[result with a number]"), as opposed to brackets that belong to the text:
 * a job-title qualifier ("[Remote, EU]"), a ticket ("[ML-4471]"), a token of a
 * model ("[CLS]", "[MASK]"), a file type ("[PDF]"), a citation ("[3]").
 */

/** One of these inside brackets makes them a slot, whatever else is there. */
export const SLOT_WORDS: readonly string[] = [
  'name',
  'names',
  'firstname',
  'lastname',
  'fullname',
  'surname',
  'company',
  'companyname',
  'organisation',
  'organization',
  'employer',
  'recipient',
  'hiring',
  'your',
  'insert',
  'enter',
  'placeholder',
  'specific',
  'mention',
  'describe',
  'tbd',
  'todo',
  'x',
  'xx',
  'xxx',
  'n',
];

/**
 * Words that are slots only when nothing else is in the brackets ("[Role]",
 * "[Job Title]", "<Lab/Team>"): "[Search Team]" is part of a title.
 */
export const SLOT_ONLY_WORDS: readonly string[] = [
  'role',
  'position',
  'title',
  'job',
  'date',
  'today',
  'team',
  'lab',
  'group',
  'manager',
  'department',
  'dept',
  'division',
  'product',
  'project',
  'city',
  'state',
  'country',
  'location',
  'address',
  'phone',
  'email',
  'number',
  'amount',
  'percent',
  'percentage',
  'metric',
  'result',
  'results',
  'achievement',
  'accomplishment',
  'skill',
  'skills',
  'tool',
  'tools',
  'technology',
  'field',
  'industry',
  'school',
  'university',
  'degree',
  'major',
  'year',
  'years',
  'month',
  'day',
  'person',
  'contact',
  'source',
  'platform',
  'system',
  'reason',
  'example',
  'here',
  'first',
  'last',
  'full',
  'current',
  'previous',
  'former',
  'relevant',
  'the',
  'a',
  'an',
  'of',
  'or',
  'and',
  'for',
  'with',
  'at',
  'in',
  'e',
  'g',
];

/** The last word of a slot: "[Conference Name]", "<Internship Title>", "[Start Date]". */
export const SLOT_HEADS: readonly string[] = ['name', 'title', 'date', 'number', 'role', 'position', 'address', 'email', 'phone', 'here'];

/**
 * Capitalised words in brackets that belong to the text, not slots: a model's special
 * tokens ("[CLS]", "[MASK]") and a posting's tags ("[REMOTE]", "[URGENT]").
 */
export const SPECIAL_TOKENS: readonly string[] = [
  'cls',
  'sep',
  'mask',
  'pad',
  'unk',
  'bos',
  'eos',
  'sos',
  'eot',
  'inst',
  'start',
  'end',
  'redacted',
  'remote',
  'hybrid',
  'onsite',
  'contract',
  'urgent',
  'update',
  'updated',
  'closed',
];

/** Lower-case words in brackets that are an editor's note, not a slot: "[sic]". */
export const EDITORIAL_NOTES: readonly string[] = [
  'sic',
  'emphasis',
  'added',
  'mine',
  'ours',
  'original',
  'translated',
  'translation',
  'sic!',
  'ibid',
  'sp',
  'redacted',
];

/** Bare words a template leaves for the writer: "Director at XXX", "TODO". */
export const BARE_SLOTS: readonly string[] = ['XX', 'XXX', 'XXXX', 'TODO', 'TBD', 'TKTK', 'FIXME'];

/**
 * Words near a slot that show the writer is talking about template syntax or
 * data codes, not leaving a slot: "the Jinja templates fail if any {{ field }} is
 * unrendered", "XXX had been used as a missing-value code", "masking tokens such as <user>".
 */
export const MENTION_WORDS: readonly string[] = [
  'template',
  'templates',
  'jinja',
  'mustache',
  'handlebars',
  'placeholder',
  'placeholders',
  'unrendered',
  'render',
  'rendered',
  'rendering',
  'renders',
  'variable',
  'variables',
  'token',
  'tokens',
  'masking',
  'masked',
  'mask',
  'masks',
  'sentinel',
  'code',
  'codes',
  'null',
  'nulls',
  'markup',
  'syntax',
  'tag',
  'tags',
  'regex',
  'escaped',
  // What a code or slot does in data or a template: "XXX marked unknown postcodes", "fills {{company}} into", "${VAR} references".
  'marked',
  'marks',
  'marker',
  'markers',
  'denotes',
  'denoted',
  'coded',
  'slot',
  'slots',
  'references',
  'interpolation',
  'substitution',
  'fills',
  'filled',
  'filling',
  'replaced',
  'replaces',
  'replacing',
  'swaps',
  'swapped',
  'redaction',
  'redacted',
  'anonymiser',
  'anonymizer',
  'linter',
  'blank',
  'blanks',
  'forms',
  'field',
  'fields',
  'unknown',
  'missing',
  // Addresses and numbers talked about as test data or formats: "rejects dummy addresses such as name@example.com".
  'dummy',
  'fake',
  'fictional',
  'fictitious',
  'synthetic',
  'validator',
  'validation',
  'validates',
  'rejects',
  'format',
  'formats',
  'formatted',
  'pattern',
  'patterns',
];

/**
 * Nouns right beside even a square-bracket slot that show it is a marker being
 * talked about, not a slot left in the letter: "[CUSTOMER] slots", "a redaction
 * marker such as [NAME] or [DATE]".
 */
export const SLOT_TALK: readonly string[] = [
  'slot',
  'slots',
  'marker',
  'markers',
  'placeholder',
  'placeholders',
  'token',
  'tokens',
  'tag',
  'tags',
  // Texts described by the slot they hold: "stops any letter still containing [Customer Name]".
  'containing',
  'contains',
  'contained',
];

/** Verbs that, with "by/with/for" right before a square slot, make it what text was replaced with ("names were replaced by [NAME]"). */
export const REPLACED_BY: readonly string[] = ['replaced', 'swapped', 'substituted', 'masked', 'redacted', 'swaps', 'replaces'];

/**
 * Domains of e-mail addresses a template writes for the writer to replace
 * ("jane@yourdomain.com"), named for what belongs there. Not example.com: a
 * specific address there ("dana@example.com") is how samples and tests fill
 * the slot; "name@example.com" is caught by its local part.
 */
export const SLOT_EMAIL_DOMAINS: readonly string[] = [
  'domain.com',
  'yourdomain.com',
  'youremail.com',
  'yourcompany.com',
  'companyname.com',
  'yourwebsite.com',
];

/**
 * Local parts of e-mail addresses that name the slot rather than a person
 * ("your.name@…", "firstname.lastname@…", "name@…"), whatever the domain.
 */
export const SLOT_EMAIL_LOCALS: readonly string[] = [
  'name',
  'yourname',
  'your.name',
  'your_name',
  'your-name',
  'firstname',
  'lastname',
  'fullname',
  'firstname.lastname',
  'first.last',
  'firstname_lastname',
  'first_last',
  'youremail',
  'your.email',
  'your_email',
  'emailaddress',
  'email.address',
  'you',
];
