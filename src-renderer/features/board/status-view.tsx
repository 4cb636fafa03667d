import { ticketHealth } from '../../../src-shared/board/board-model';
import { STATUSES } from '../../../src-shared/policy/policy-types';
import { useMemo } from 'react';
import { useNow } from '../../clock/app-clock';
import { useI18n } from '../../i18n/i18n';
import type { BoardEntry } from './board-entries';
import { HealthBadge } from './countdown';

const SHOWN_PER_STATUS = 200;
const OPEN_STATUSES = STATUSES.filter((s) => s !== 'closed');

/** The second view: open tickets grouped by status, each group in queue order. */
export function StatusView({ entries, selectedId, onSelect }: { entries: readonly BoardEntry[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  const now = useNow(1000);
  // Grouped when the entries change, not on every tick.
  const groups = useMemo(() => OPEN_STATUSES.map((status) => [status, entries.filter((e) => e.row.status === status)] as const), [entries]);
  return (
    <div className="status-view">
      {groups.map(([status, group]) => {
        return (
          <section key={status} aria-label={t(`status.${status}`)} className="status-column">
            <h3>
              {t(`status.${status}`)} <span className="count">{group.length}</span>
            </h3>
            <ul>
              {group.slice(0, SHOWN_PER_STATUS).map((e) => (
                <li key={e.row.id}>
                  <button type="button" aria-pressed={e.row.id === selectedId} onClick={() => onSelect(e.row.id)}>
                    <HealthBadge health={ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction)} /> {e.row.number} {e.row.title}
                  </button>
                </li>
              ))}
            </ul>
            {group.length > SHOWN_PER_STATUS ? <p className="muted">+{group.length - SHOWN_PER_STATUS}</p> : null}
          </section>
        );
      })}
    </div>
  );
}
