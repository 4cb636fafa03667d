import type { DeskDirectory } from '../../store/desk-store';

/** Each contract's name as the screens show it, "customer — contract", by contract id. */
export function contractLabels(directory: DeskDirectory | undefined): ReadonlyMap<string, string> {
  const customers = new Map((directory?.customers ?? []).map((c) => [c.id, c.name]));
  return new Map((directory?.contracts ?? []).map((c) => [c.id, `${customers.get(c.customerId) ?? ''} — ${c.name}`]));
}
