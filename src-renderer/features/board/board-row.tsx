import { memo, useMemo } from 'react';
import { ticketHealth } from '../../../src-shared/board/board-model';
import { allowedCommands } from '../../../src-shared/ticket/allowed-commands';
import type { TimerResult } from '../../../src-shared/ticket/evaluate-timer';
import { toIsoUtc } from '../../../src-shared/time/instant';
import { useI18n } from '../../i18n/i18n';
import { priorityLabel } from '../../i18n/policy-labels';
import { formatLocalTime, formatTime } from '../../ui/format';
import type { BoardEntry } from './board-entries';
import { Countdown, HealthBadge } from './countdown';
import { PhoneFlags } from '../phone/phone-flags';

/**
 * One row of the queue. Re-renders on the tick only because `now` changes; nothing else is
 * recomputed (the due time is formatted once per entry). A resolved ticket reads "Resolved"
 * until it is closed, whatever status it is still in.
 */
export const BoardRow = memo(function BoardRow({
  entry,
  now,
  index,
  isSelected,
  onSelect,
  onCloseAdministratively,
  top,
}: {
  entry: BoardEntry;
  now: number;
  index: number;
  isSelected: boolean;
  onSelect: (id: string) => void;
  onCloseAdministratively: (id: string) => void;
  top: number;
}) {
  const { t, lookup } = useI18n();
  const { row, next, plan } = entry;
  const atRisk = entry.atRiskFraction;
  const health = ticketHealth(entry.clocks, entry.evaluatedAt, now, atRisk);
  const priority = row.priority ? priorityLabel(lookup, plan.policy, row.priority) : '—';
  // The board offers administrative closing once the ticket allows it (the customer's reply term is over); it never closes by itself.
  // Only a ticket waiting for the customer can allow it: the others skip asking on every tick.
  const isReplyOver = row.status === 'waiting_for_customer' && allowedCommands(plan, row, entry.clocks, now).commands.has('close_administratively');
  return (
    <div
      role="row"
      id={`ticket-row-${row.id}`}
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      aria-label={`${row.number} ${row.title}`}
      className={`board-row${isSelected ? ' selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(row.id)}
    >
      <span role="gridcell" className="cell-number">
        {row.number}
      </span>
      <span role="gridcell" className="cell-title">
        {row.title}
      </span>
      <span role="gridcell" className="cell-customer">
        {entry.customerName}
      </span>
      <span role="gridcell" className="cell-priority">
        {priority}
      </span>
      <span role="gridcell" className="cell-status">
        {isReplyOver ? (
          <button
            type="button"
            className="link"
            onClick={(e) => {
              e.stopPropagation();
              onCloseAdministratively(row.id);
            }}
          >
            {t('board.closeAdmin')}
          </button>
        ) : (
          t(row.isResolved && row.status !== 'closed' ? 'status.resolved' : `status.${row.status}`)
        )}
      </span>
      <span role="gridcell" className="cell-next">
        <HealthBadge health={health} /> {next ? t(`timer.${next.kind}`) : ''}
        <PhoneFlags entry={entry} now={now} />
      </span>
      <span role="gridcell" className="cell-remaining">
        {next ? <Countdown timer={next} evaluatedAt={entry.evaluatedAt} now={now} atRiskFraction={atRisk} /> : '—'}
        {next?.isRunning && next.due !== null ? <DueTime due={next.due} timer={next} /> : null}
      </span>
    </div>
  );
});

/**
 * When a running timer is due, in the agent's own zone, so every row of the queue reads in the
 * same zone; the time in the ticket's calendar zone is its tooltip, and is read out after it.
 */
function DueTime({ due, timer }: { due: number; timer: TimerResult }) {
  const { t, locale } = useI18n();
  const zone = timer.calendar.zone;
  const { local, calendar } = useMemo(
    () => ({ local: formatLocalTime(due, locale), calendar: t('board.dueCalendar', { due: formatTime(due, zone, locale), zone }) }),
    [due, zone, locale, t],
  );
  return (
    <small className="due">
      {' · '}
      <time dateTime={toIsoUtc(due)} title={calendar}>
        {local}
      </time>
      <span className="sr-only"> ({calendar})</span>
    </small>
  );
}
