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

/** A facet's values as options, sorted by label. */
export function optionsOf(values: readonly { value: string; sample: BoardEntry }[], label: (e: BoardEntry) => string): { value: string; label: string }[] {
  return values.map(({ value, sample }) => ({ value, label: label(sample) })).sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The value a preset-scoped filter stores for a ticket: its preset and the id. Presets reuse ids
 * ("high", "p1", "incident") for different things; the preset makes the choice exact.
 */
export function presetValue(e: BoardEntry, id: string | null): string {
  return id ? `${e.plan.policy.id}/${id}` : '';
}

/**
 * A preset-scoped facet's values as options, grouped by preset (an optgroup each, named by
 * `groupLabel`: the screen gives the preset's name in its language; the preset's own label otherwise).
 */
export function optionsByPreset(
  values: readonly { value: string; sample: BoardEntry }[],
  label: (e: BoardEntry) => string,
  groupLabel: (policy: BoardEntry['plan']['policy']) => string = (policy) => policy.label,
): OptionGroup[] {
  const groups = new Map<string, { label: string; values: { value: string; sample: BoardEntry }[] }>();
  for (const v of values) {
    const policy = v.sample.plan.policy;
    let group = groups.get(policy.id);
    if (!group) groups.set(policy.id, (group = { label: groupLabel(policy), values: [] }));
    group.values.push(v);
  }
  return [...groups.values()].map((g) => ({ label: g.label, options: optionsOf(g.values, label) })).sort((a, b) => a.label.localeCompare(b.label));
}
