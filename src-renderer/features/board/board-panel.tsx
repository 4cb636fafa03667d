import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { allowedCommands } from '../../../src-shared/ticket/allowed-commands';
import { now as clockNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { refusalText } from '../../i18n/error-text';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { useToast } from '../../ui/toasts';
import { atRiskQuery, directoryQuery } from '../desk/queries';
import { useHandDeadlinesToMain } from '../deadlines/use-hand-deadlines';
import { useTicketCommand } from '../tickets/mutations';
import { useOpenTickets } from '../tickets/use-open-tickets';
import { selectTicket, type TicketSelection } from '../tickets/ticket-selection';
import { buildBoardEntries, entryCacheFor, indexOfEntry } from './board-entries';
import { BoardFilterBar } from './board-filter-bar';
import { applyFilters, NO_FILTERS, type BoardFilters } from './board-filters';
import { LiveQueueView } from './queue-view';
import { StatusView } from './status-view';
import { triageCommand, triageFocus, type TriageKey } from './triage';

export type BoardViewKind = 'queue' | 'status';

/**
 * The triage board: every open ticket's clocks evaluated once per change of the data (or when
 * the machine wakes or its clock jumps), ordered by the next breach; the deadlines go to main.
 * Triage keys run the commands the ticket allows (allowedCommands), nothing else; a key the
 * ticket refuses says why in the status bar, in the screen's language.
 */
export function BoardPanel({
  view,
  selectedId,
  onSelect,
  searchRef,
}: {
  view: BoardViewKind;
  selectedId: string | null;
  onSelect: (selection: TicketSelection) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const toast = useToast();
  const { db, plans, platform } = useDeskServices();
  // The first screen comes from the few tickets that breach first; every open ticket follows.
  const { head, open: tickets } = useOpenTickets();
  const directory = useQuery(directoryQuery(db));
  const atRisk = useQuery(atRiskQuery(db));
  // A desk with fewer open tickets than the first screen reads has them all there already.
  const isPartial = tickets.data === undefined && !(head.data?.isWhole ?? false);
  const listed = tickets.data ?? head.data?.tickets;
  const command = useTicketCommand();
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  // Clocks are evaluated when the data arrives, and again when the machine wakes or its clock jumps.
  const [wokeAt, setWokeAt] = useState(0);
  useEffect(() => platform.onTimeChanged(() => setWokeAt(clockNow())), [platform]);
  const evaluatedAt = Math.max(tickets.data === undefined ? head.dataUpdatedAt : tickets.dataUpdatedAt, wokeAt);
  // Entries of unchanged tickets are reused; waking up or a new threshold re-evaluates them all.
  const cache = useMemo(() => entryCacheFor([plans, directory.data, atRisk.data, wokeAt]), [plans, directory.data, atRisk.data, wokeAt]);
  const entries = useMemo(() => {
    const names = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
    return buildBoardEntries(listed ?? [], plans, names, evaluatedAt, atRisk.data ?? null, cache);
  }, [listed, directory.data, plans, evaluatedAt, atRisk.data, cache]);
  // Without filters the queue is the entries themselves: nothing to walk on a change.
  const shown = useMemo(() => (Object.values(filters).every((v) => v === '') ? entries : applyFilters(entries, filters)), [entries, filters]);
  useHandDeadlinesToMain(useMemo(() => ({ entries, byId: cache.byId, deadlines: cache.deadlines }), [entries, cache]));
  // Found by binary search: the queue is in order (filtered or not).
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : indexOfEntry(shown, cache.byId.get(selectedId))), [shown, selectedId, cache]);
  const select = useCallback((id: string) => onSelect(selectTicket(id)), [onSelect]);
  const triage = (key: TriageKey) => {
    const entry = (selectedId === null ? undefined : cache.byId.get(selectedId)) ?? shown[0];
    if (!entry) return;
    onSelect(selectTicket(entry.row.id, triageFocus(key)));
    const allowed = allowedCommands(entry.plan, entry.row, entry.clocks, clockNow());
    const triaged = triageCommand(key, allowed);
    if (triaged) command.mutate({ ticketId: entry.row.id, command: triaged });
    const refused = key === 'respond' || key === 'escalate' ? allowed.refusals[key] : undefined;
    if (!triaged && refused) toast(refusalText(i18n, refused), true);
  };
  const { mutate } = command;
  const closeAdministratively = useCallback((ticketId: string) => mutate({ ticketId, command: { kind: 'close_administratively' } }), [mutate]);
  return (
    <section className="board" aria-label={t('board.label')}>
      <BoardFilterBar facets={cache.facets} version={entries} filters={filters} onChange={setFilters} searchRef={searchRef} />
      <ErrorMessage error={command.error}>{t('error.prefix', { error: '' })}</ErrorMessage>
      <p className="muted" aria-live="polite" aria-busy={isPartial}>
        {isPartial ? t('board.countLoading', { shown: entries.length }) : t('board.count', { shown: shown.length, total: entries.length })}
      </p>
      {view === 'queue' ? (
        <LiveQueueView
          entries={shown}
          selectedId={selectedId}
          selectedIndex={selectedIndex}
          onSelect={select}
          onTriage={triage}
          onCloseAdministratively={closeAdministratively}
        />
      ) : (
        <StatusView entries={shown} selectedId={selectedId} onSelect={select} />
      )}
    </section>
  );
}
