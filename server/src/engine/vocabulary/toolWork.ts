/**
 * What turns a sentence naming tools into a story: a verb of work with a real
 * object ("I rebuilt the feature pipeline on Spark and Feast"). Using, knowing
 * or relying on tools is not work; neither is building "projects" or "apps"
 * with them, which names no object.
 */
import { FORMS_OF_BE } from './beForms';
import type { PhraseEntry } from './phraseEntry';
import { phrases } from './phraseList';

/** Verbs of work done with tools, in the forms a letter uses. */
export const TOOL_WORK_VERBS: readonly PhraseEntry[] = [
  ...phrases(
    'built, build, builds, rebuilt, rebuild, shipped, ship, ships, deployed, deploy, deploys, designed, developed, develop, created, migrated, migrate, ' +
      'moved, wrote, write, rewrote, rewrite, trained, served, serve, serves, cut, cuts, reduced, reduce, replaced, replace, automated, automate, ' +
      'scaled, launched, implemented, implement, ported, integrated, integrate, instrumented, containerised, containerized, ' +
      'refactored, profiled, optimized, optimised, optimize, optimise, set up, sets up, stood up, added, wired, connected, ran, runs, led, ' +
      'delivered, fixed, debugged, benchmarked, tuned, fine tuned, orchestrated, orchestrate, packaged, published, maintain, maintains, maintained, ' +
      'owns, owned, operate, operates, operated, halved, lowered, sped up, saved, retired, consolidated, unified, streamed, scheduled, ' +
      'monitored, tested, validated, evaluated, compared, switched, benchmark, benchmarks, benchmarking, comparison, shipped, architected, productionised, productionized, open sourced, contributed, patched, chose, picked, selected, adopted, standardised, standardized, ' +
      'moving, migrating, replacing, halving, cutting, porting, retiring, consolidating, rewriting, rebuilding',
  ),
];

/** Phrases that start like work and are not: "the toolkit I built up". */
export const NOT_TOOL_WORK: readonly PhraseEntry[] = [{ phrase: 'built|build|building|builds up' }, { phrase: 'picked|pick|picking|picks up' }];

/** Objects too general to show work: "I built projects with…", "I developed applications using…". */
export const GENERIC_WORK_OBJECTS: readonly string[] = [
  'projects',
  'things',
  'applications',
  'apps',
  'solutions',
  'stuff',
  'models',
  'pipelines',
  'dashboards',
  'tools',
  'systems',
  'products',
  'prototypes',
  'scripts',
  'websites',
  'software',
  'skills',
  'experience',
  'expertise',
  'knowledge',
  'toolkit',
  'toolbox',
  'stack',
  'teams',
  'companies',
  'roles',
  'jobs',
  'positions',
  'industries',
  'domains',
];

/** Words that join the items of a list of names: "Python, SQL and dbt", "PyTorch/JAX", "Spark (PySpark)", "Docker, CI/CD and Linux". */
export const LIST_JOINERS: readonly string[] = ['and', 'or', 'plus', 'as', 'well', 'also', 'including', 'e', 'g', 'etc', 'the', 'ci', 'cd'];

/**
 * Words before "to" that make the verb after it an ability or a wish, not work
 * done: "competent to operate", "eager to build", "I can deploy".
 */
export const NOT_DONE_BEFORE: readonly string[] = [
  ...['able', 'competent', 'ready', 'eager', 'keen', 'happy', 'qualified', 'equipped', 'prepared', 'comfortable', 'confident', 'excited'],
  ...['want', 'wanting', 'like', 'love', 'hope', 'hoping', 'aim', 'aiming', 'plan', 'planning', 'learn', 'learning', 'how', 'trained', 'certified'],
];

/** Modals that make the verb after them an ability, not work done: "I can deploy with…". */
export const ABILITY_MODALS: readonly string[] = ['can', 'could', 'would', 'will', 'might', 'may'];

/** Words that state a result beside a figure: "result: 38% lower serving cost", "2x faster". */
export const RESULT_WORDS: readonly PhraseEntry[] = phrases(
  'result, results, lower, higher, faster, cheaper, fewer, less, more, reduced, reduction, down, up, saved, saving, savings, cut, dropped, ' +
    'fell, rose, improved, improvement, gain, gains, lift, lifted, halved, doubled, tripled, from, to, instead of, half, twice, cost, costs',
);

/**
 * Verbs of learning that, after a form of "be", are done to the writer, not by
 * them: "I have been trained on SAS, SPSS and Stata" is a course, not work.
 */
export const LEARNING_VERBS: readonly string[] = ['trained', 'taught', 'certified', 'schooled', 'tested', 'exposed', 'introduced'];

/** Forms of "be" before a passive verb. */
export const BE_FORMS: readonly string[] = [...FORMS_OF_BE, 'get', 'got', 'gotten'];

/**
 * Verbs whose object may be the tools themselves, so "five BI tools" is not a
 * generic object: "I consolidated five BI tools, Tableau, Looker… into one".
 */
export const TOOLS_AS_OBJECT: readonly string[] = [
  ...['consolidated', 'replaced', 'replace', 'retired', 'migrated', 'migrate', 'compared', 'benchmarked', 'benchmark', 'evaluated', 'unified'],
  ...[
    'integrated',
    'integrate',
    'wired',
    'connected',
    'profiled',
    'tuned',
    'tested',
    'validated',
    'ported',
    'chose',
    'picked',
    'selected',
    'adopted',
  ],
];
