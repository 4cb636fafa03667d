import type { BoardEntry } from './board-entries';
import { presetValue } from './board-filters';

/** The fields the board filters by whose options come from the tickets on the board. */
export const FACETS = ['customer', 'contract', 'priority', 'type', 'line', 'assignee'] as const;
export type Facet = (typeof FACETS)[number];

/** The value an entry has for a facet ('' for none). Priority and type are scoped by preset. */
export function facetValue(e: BoardEntry, facet: Facet): string {
  switch (facet) {
    case 'customer':
      return e.row.customerId;
    case 'contract':
      return e.row.contractId;
    case 'priority':
      return presetValue(e, e.row.priority);
    case 'type':
      return presetValue(e, e.row.type);
    case 'line':
      return e.row.line ?? '';
    case 'assignee':
      return e.row.assignee ?? '';
  }
}

interface Tally {
  count: number;
  /** An entry with this value, for its label (and its preset). */
  sample: BoardEntry;
}

/**
 * How many entries on the board have each value of each facet, kept up to date entry by entry:
 * one ticket's change costs a few map updates, however many tickets the board holds, and the
 * filter bar lists the values that are on the board without walking it.
 */
export class BoardFacets {
  private readonly tallies = new Map<Facet, Map<string, Tally>>(FACETS.map((f) => [f, new Map()]));

  add(e: BoardEntry): void {
    for (const facet of FACETS) {
      const value = facetValue(e, facet);
      if (!value) continue;
      const tally = this.tallies.get(facet)?.get(value);
      if (tally) tally.count++;
      else this.tallies.get(facet)?.set(value, { count: 1, sample: e });
    }
  }

  remove(e: BoardEntry): void {
    for (const facet of FACETS) {
      const value = facetValue(e, facet);
      const values = this.tallies.get(facet);
      const tally = values?.get(value);
      if (!values || !tally) continue;
      tally.count--;
      // A sample that left still names its value: labels and presets belong to the value itself.
      if (tally.count <= 0) values.delete(value);
    }
  }

  /** Each value of a facet on the board, with an entry that has it. */
  values(facet: Facet): { value: string; sample: BoardEntry }[] {
    return [...(this.tallies.get(facet) ?? [])].map(([value, t]) => ({ value, sample: t.sample }));
  }

  /** The number of entries with a value (for tests and the filter's counts). */
  count(facet: Facet, value: string): number {
    return this.tallies.get(facet)?.get(value)?.count ?? 0;
  }
}
