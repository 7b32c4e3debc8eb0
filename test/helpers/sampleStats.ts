import { analyze } from '../../server/src/engine';

/** Real statistics of a short text, for reports built by hand. */
export const SAMPLE_STATS = analyze('One two three. Four five six seven eight nine ten.').stats;
