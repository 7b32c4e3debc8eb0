/** Shares as the evaluation reports them, and the padding of its tables. */

/** Hits out of n, and their share rounded to four places (null when n is 0). */
export interface Rate {
  n: number;
  hits: number;
  rate: number | null;
}

export function rate(hits: number, n: number): Rate {
  return { n, hits, rate: n === 0 ? null : Math.round((hits / n) * 10000) / 10000 };
}

export const pct = (r: Rate): string => (r.rate === null ? '–' : `${(r.rate * 100).toFixed(1)}%`);
export const pad = (s: string | number, n: number): string => String(s).padEnd(n);
export const lpad = (s: string | number, n: number): string => String(s).padStart(n);
