import type { ResolvedTarget, ResolvedTargets } from '../policy/compiled-policy';

/** A target as the preset tables write it: working milliseconds, the text, the calendar's id. */
export interface Target {
  readonly ms: number;
  readonly text: string;
  readonly calendar: string;
}

/** The four targets of one plan × type × priority × environment; null where the SLA sets none. */
export interface TargetRow {
  readonly response: Target | null;
  readonly workaround: Target | null;
  readonly resolution: Target | null;
  readonly update: Target | null;
}

export const target = (ms: number, text: string, calendar: string): Target => ({ ms, text, calendar });

export const seen = (t: ResolvedTarget | null | undefined): Target | null => (t ? { ms: t.ms, text: t.text, calendar: t.calendar.id } : null);

/** What the compiled plan resolved, in the tables' terms. */
export const rowOf = (t: ResolvedTargets): TargetRow => ({
  response: seen(t.response),
  workaround: seen(t.workaround),
  resolution: seen(t.resolution),
  update: seen(t.update),
});

export const NO_TARGETS: TargetRow = { response: null, workaround: null, resolution: null, update: null };
