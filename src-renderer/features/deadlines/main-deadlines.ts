import { CALLBACK_TIMER, type Deadline } from '../../../src-shared/clock/deadline';
import { isUrgentPriority } from '../../../src-shared/clock/notification-rules';
import type { PendingCallback } from '../../../src-shared/phone/pending-callbacks';
import type { Translate } from '../../i18n/i18n';
import type { BoardDeadlines } from '../board/board-deadlines';
import type { BoardEntry } from '../board/board-entries';

/**
 * Everything main wakes for, in one place: the open tickets' clock deadlines (at risk, breach,
 * update soon and due, reply term over: the board's DeadlineBook) and the callbacks promised on call records
 * (`callback_due`). Callbacks are few and are all handed over, overdue ones included, so a callback
 * missed while Klok was closed is announced when it starts again; the tickets' deadlines are the
 * earliest DEADLINES_HANDED future ones, refilled at `refillAt`.
 */
export function mainDeadlines(
  board: BoardDeadlines,
  onBoard: ReadonlyMap<string, BoardEntry>,
  callbacks: readonly PendingCallback[],
  t: Translate,
): BoardDeadlines {
  if (callbacks.length === 0) return board;
  const owed = callbacks.flatMap((c): Deadline[] => {
    const row = onBoard.get(c.ticketId)?.row;
    if (!row) return [];
    const message = c.caller ? t('notify.callback_due', { number: row.number, caller: c.caller }) : t('notify.callback_due_anonymous', { number: row.number });
    const urgent = isUrgentPriority(row.priority) ? { isUrgent: true } : {};
    return [{ ticketId: row.id, ticketNumber: row.number, title: row.title, timer: CALLBACK_TIMER, kind: 'callback_due', at: c.at, message, ...urgent }];
  });
  return { ...board, deadlines: [...board.deadlines, ...owed].sort((a, b) => a.at - b.at) };
}
