import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { pendingCallbacks } from '../../../src-shared/phone/pending-callbacks';
import { now as clockNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import type { BoardEntry } from '../board/board-entries';
import type { DeadlineBook } from '../board/board-deadlines';
import { callsQuery } from '../phone/queries';
import { mainDeadlines } from './main-deadlines';
import { DateTime } from 'luxon';
import { whenIdle } from '../../ui/when-idle';

/** The board as last drawn: a new object for every new queue (its parts are kept up to date in place). */
export interface BoardNow {
  readonly byId: ReadonlyMap<string, BoardEntry>;
  readonly deadlines: DeadlineBook;
}

/**
 * Hands main the next deadlines (mainDeadlines: the tickets' and the callbacks owed) and the counts
 * for the window title once the board has been drawn (in the browser's next idle moment, so a big
 * desk's first board is not held up by them), again after every change of the tickets or the
 * calls, and again when main has announced all it was given.
 */
export function useHandDeadlinesToMain(board: BoardNow) {
  const { t } = useI18n();
  const { db, platform } = useDeskServices();
  const calls = useQuery(callsQuery(db));
  // Looked up by ticket: nothing to walk after one ticket's change.
  const callbacks = useMemo(() => pendingCallbacks(calls.data ?? [], board.byId), [calls.data, board]);
  const [refills, setRefills] = useState(0);
  useEffect(() => {
    let refill: ReturnType<typeof setTimeout> | undefined;
    const idle = whenIdle(() => {
      const now = clockNow();
      const { deadlines, refillAt, breached, atRisk } = mainDeadlines(board.deadlines.deadlines(now, t), board.byId, callbacks, t);
      // The agent's day, in the machine's zone: the tray's "breaching today".
      const breachingToday = board.deadlines.breachingBy(now, DateTime.fromMillis(now).endOf('day').toMillis());
      platform.setDeadlines(deadlines, { breached, atRisk, breachingToday });
      if (refillAt !== null) refill = setTimeout(() => setRefills((n) => n + 1), Math.min(MAX_TIMEOUT_MS, Math.max(0, refillAt - clockNow())));
    }, 1_000);
    return () => {
      idle();
      clearTimeout(refill);
    };
  }, [board, callbacks, platform, t, refills]);
}

/** setTimeout's longest delay (about 24.8 days); a longer one would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
