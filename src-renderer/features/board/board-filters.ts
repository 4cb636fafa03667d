import type { OptionGroup } from '../../ui/fields';
import type { BoardEntry } from './board-entries';

export interface BoardFilters {
  readonly customerId: string;
  readonly contractId: string;
  /** A preset and one of its priorities (`presetValue`): "high" of one preset is not "high" of another. */
  readonly priority: string;
  readonly status: string;
  /** A preset and one of its ticket types (`presetValue`). */
  readonly type: string;
  readonly line: string;
  readonly assignee: string;
  readonly text: string;
}

export const NO_FILTERS: BoardFilters = { customerId: '', contractId: '', priority: '', status: '', type: '', line: '', assignee: '', text: '' };

export function applyFilters(entries: readonly BoardEntry[], f: BoardFilters): BoardEntry[] {
  const text = f.text.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (!f.customerId || e.row.customerId === f.customerId) &&
      (!f.contractId || e.row.contractId === f.contractId) &&
      (!f.priority || presetValue(e, e.row.priority) === f.priority) &&
      (!f.status || e.row.status === f.status) &&
      (!f.type || presetValue(e, e.row.type) === f.type) &&
      (!f.line || e.row.line === f.line) &&
      (!f.assignee || e.row.assignee === f.assignee) &&
      (!text || e.haystack.includes(text)),
  );
}

/** The distinct values on the board for one field, for the filter's options. */
export function optionsOf(
  entries: readonly BoardEntry[],
  pick: (e: BoardEntry) => string | null,
  label: (e: BoardEntry) => string,
): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const value = pick(e);
    if (value && !seen.has(value)) seen.set(value, label(e));
  }
  return [...seen.entries()].map(([value, l]) => ({ value, label: l })).sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The value a preset-scoped filter stores for a ticket: its preset and the id. Presets reuse ids
 * ("high", "p1", "incident") for different things; the preset makes the choice exact.
 */
export function presetValue(e: BoardEntry, id: string | null): string {
  return id ? `${e.plan.policy.id}/${id}` : '';
}

/**
 * The distinct values on the board for one field, grouped by preset (an optgroup each, named by
 * `groupLabel`: the screen gives the preset's name in its language; the preset's own label otherwise).
 */
export function optionsByPreset(
  entries: readonly BoardEntry[],
  pick: (e: BoardEntry) => string | null,
  label: (e: BoardEntry) => string,
  groupLabel: (policy: BoardEntry['plan']['policy']) => string = (policy) => policy.label,
): OptionGroup[] {
  // Per preset, the first entry of each value: labels are looked up once per value, not per ticket.
  const groups = new Map<string, { label: string; firstOf: Map<string, BoardEntry> }>();
  for (const e of entries) {
    const value = pick(e);
    if (!value) continue;
    const policy = e.plan.policy;
    let group = groups.get(policy.id);
    if (!group) groups.set(policy.id, (group = { label: groupLabel(policy), firstOf: new Map() }));
    if (!group.firstOf.has(value)) group.firstOf.set(value, e);
  }
  return [...groups.values()]
    .map((g) => ({
      label: g.label,
      options: [...g.firstOf].map(([value, e]) => ({ value: presetValue(e, value), label: label(e) })).sort((a, b) => a.label.localeCompare(b.label)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
