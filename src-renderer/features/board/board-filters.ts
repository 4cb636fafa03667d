import type { BoardEntry } from './board-entries';

export interface BoardFilters {
  readonly customerId: string;
  readonly contractId: string;
  readonly priority: string;
  readonly status: string;
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
      (!f.priority || e.row.priority === f.priority) &&
      (!f.status || e.row.status === f.status) &&
      (!f.type || e.row.type === f.type) &&
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
