import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { pendingCallbacks } from '../../../src-shared/phone/pending-callbacks';
import { now as clockNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import type { BoardEntry } from '../board/board-entries';
import { callsQuery } from '../phone/queries';
import { mainDeadlines } from './main-deadlines';
import { breachingBy } from '../board/board-deadlines';
import { DateTime } from 'luxon';

/**
 * Hands main the next deadlines (mainDeadlines: the tickets' and the callbacks owed) and the counts
 * for the window title once the board has been drawn (in the browser's next idle moment, so a big
 * desk's first board is not held up by them), again after every change of the tickets or the
 * calls, and again when main has announced all it was given.
 */
export function useHandDeadlinesToMain(entries: readonly BoardEntry[]) {
  const { t } = useI18n();
  const { db, platform } = useDeskServices();
  const calls = useQuery(callsQuery(db));
  const callbacks = useMemo(() => pendingCallbacks(calls.data ?? [], new Set(entries.map((e) => e.row.id))), [calls.data, entries]);
  const [refills, setRefills] = useState(0);
  useEffect(() => {
    let refill: ReturnType<typeof setTimeout> | undefined;
    const idle = afterPaint(() => {
      const now = clockNow();
      const { deadlines, refillAt, breached, atRisk } = mainDeadlines(entries, callbacks, now, t);
      // The agent's day, in the machine's zone: the tray's "breaching today".
      const breachingToday = breachingBy(entries, now, DateTime.fromMillis(now).endOf('day').toMillis());
      platform.setDeadlines(deadlines, { breached, atRisk, breachingToday });
      if (refillAt !== null) refill = setTimeout(() => setRefills((n) => n + 1), Math.min(MAX_TIMEOUT_MS, Math.max(0, refillAt - clockNow())));
    });
    return () => {
      idle();
      clearTimeout(refill);
    };
  }, [entries, callbacks, platform, t, refills]);
}

/** setTimeout's longest delay (about 24.8 days); a longer one would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Runs `fn` when the browser is next idle (within a second); returns a cancel function. */
function afterPaint(fn: () => void): () => void {
  const handle = requestIdleCallback(fn, { timeout: 1_000 });
  return () => cancelIdleCallback(handle);
}
