import { memo } from 'react';
import { ticketHealth } from '../../../src-shared/board/board-model';
import { allowedCommands } from '../../../src-shared/ticket/allowed-commands';
import { useI18n } from '../../i18n/i18n';
import { priorityLabel } from '../../i18n/policy-labels';
import { formatTime } from '../../ui/format';
import type { BoardEntry } from './board-entries';
import { Countdown, HealthBadge } from './countdown';

/** One row of the queue. Re-renders on the tick only because `now` changes; nothing else is recomputed. */
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
  const { t, locale, lookup } = useI18n();
  const { row, next, plan } = entry;
  const atRisk = entry.atRiskFraction;
  const health = ticketHealth(entry.clocks, entry.evaluatedAt, now, atRisk);
  const priority = row.priority ? priorityLabel(lookup, plan.policy, row.priority) : '—';
  // The board offers administrative closing once the ticket allows it (the customer's reply term is over); it never closes by itself.
  const isReplyOver = allowedCommands(plan, row, entry.clocks, now).commands.has('close_administratively');
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
          t(`status.${row.status}`)
        )}
      </span>
      <span role="gridcell" className="cell-next">
        <HealthBadge health={health} /> {next ? t(`timer.${next.kind}`) : ''}
      </span>
      <span role="gridcell" className="cell-remaining">
        {next ? <Countdown timer={next} evaluatedAt={entry.evaluatedAt} now={now} atRiskFraction={atRisk} /> : '—'}
        {next?.isRunning && next.due !== null ? <small className="due"> · {formatTime(next.due, next.calendar.zone, locale)}</small> : null}
      </span>
    </div>
  );
});
