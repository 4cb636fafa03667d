import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { now as clockNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { atRiskQuery, directoryQuery } from '../desk/queries';
import { openTicketsQuery } from '../tickets/queries';
import { deadlinesOf } from './board-deadlines';
import { buildBoardEntries, entryCacheFor } from './board-entries';
import { BoardFilterBar } from './board-filter-bar';
import { applyFilters, NO_FILTERS, type BoardFilters } from './board-filters';
import { LiveQueueView, type TriageKey } from './queue-view';
import { StatusView } from './status-view';

export type BoardViewKind = 'queue' | 'status';

/**
 * The triage board: every open ticket's clocks evaluated once per change of the data (or when
 * the machine wakes or its clock jumps), ordered by the next breach; the deadlines go to main.
 */
export function BoardPanel({
  view,
  selectedId,
  onSelect,
  onTriage,
  searchRef,
}: {
  view: BoardViewKind;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onTriage: (key: TriageKey, ticketId: string) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const { db, plans, platform } = useDeskServices();
  const tickets = useQuery(openTicketsQuery(db));
  const directory = useQuery(directoryQuery(db));
  const atRisk = useQuery(atRiskQuery(db));
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  // Clocks are evaluated when the data arrives, and again when the machine wakes or its clock jumps.
  const [wokeAt, setWokeAt] = useState(0);
  useEffect(() => platform.onTimeChanged(() => setWokeAt(clockNow())), [platform]);
  const evaluatedAt = Math.max(tickets.dataUpdatedAt, wokeAt);

  // Entries of unchanged tickets are reused; waking up or a new threshold re-evaluates them all.
  const cache = useMemo(() => entryCacheFor([plans, directory.data, atRisk.data, wokeAt]), [plans, directory.data, atRisk.data, wokeAt]);
  const entries = useMemo(() => {
    const names = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
    return buildBoardEntries(tickets.data ?? [], plans, names, evaluatedAt, atRisk.data ?? null, cache);
  }, [tickets.data, directory.data, plans, evaluatedAt, atRisk.data, cache]);
  // Without filters the queue is the entries themselves: nothing to walk on a change.
  const shown = useMemo(() => (Object.values(filters).every((v) => v === '') ? entries : applyFilters(entries, filters)), [entries, filters]);

  useEffect(() => {
    const { deadlines, breached, atRisk } = deadlinesOf(entries, clockNow(), t);
    platform.setDeadlines(deadlines, { breached, atRisk });
  }, [entries, platform, t]);

  const triage = (key: TriageKey) => {
    const id = selectedId ?? shown[0]?.row.id;
    if (id) onTriage(key, id);
  };

  return (
    <section className="board" aria-label={t('board.label')}>
      <BoardFilterBar entries={entries} filters={filters} onChange={setFilters} searchRef={searchRef} />
      <p className="muted" aria-live="polite">
        {t('board.count', { shown: shown.length, total: entries.length })}
      </p>
      {view === 'queue' ? (
        <LiveQueueView entries={shown} selectedId={selectedId} onSelect={onSelect} onTriage={triage} onCloseAdministratively={(id) => onTriage('close', id)} />
      ) : (
        <StatusView entries={shown} selectedId={selectedId} onSelect={onSelect} />
      )}
    </section>
  );
}
