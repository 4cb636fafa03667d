import type { OptionGroup } from '../../ui/fields';
import type { TicketWithLog } from '../../store/ticket-store';

/**
 * The open tickets a call can concern, as select groups: the known caller's customer's tickets
 * first (a known number finds them at once), then the others; each "T-1001 Title (Customer)".
 */
export function ticketChoices(
  tickets: readonly TicketWithLog[],
  customers: ReadonlyMap<string, string>,
  customerId: string | null,
  ownLabel: string,
  otherLabel: string,
): OptionGroup[] {
  const option = (x: TicketWithLog) => ({ value: x.row.id, label: `${x.row.number} ${x.row.title} (${customers.get(x.row.customerId) ?? ''})` });
  const sorted = [...tickets].sort((a, b) => (a.row.number < b.row.number ? -1 : a.row.number > b.row.number ? 1 : 0));
  const own = sorted.filter((x) => customerId !== null && x.row.customerId === customerId).map(option);
  const other = sorted.filter((x) => customerId === null || x.row.customerId !== customerId).map(option);
  return [...(own.length > 0 ? [{ label: ownLabel, options: own }] : []), { label: otherLabel, options: other }];
}
