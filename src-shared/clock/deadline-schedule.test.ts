import { describe, expect, it } from 'vitest';
import type { Deadline } from './deadline';
import { deadlineKey } from './deadline';
import { pruneAnnounced } from './deadline-schedule';

const breach = (ticketId: string, at: number): Deadline => ({
  ticketId,
  ticketNumber: `T-${ticketId}`,
  title: 'Printer offline',
  timer: 'response',
  kind: 'breach',
  at,
  message: `T-${ticketId} breaches its response target`,
});

describe('pruneAnnounced', () => {
  it('keeps the announcements of deadlines still reported and drops the others', () => {
    const kept = breach('t1', 5_000);
    const gone = breach('t2', 6_000);
    expect(pruneAnnounced([kept, breach('t3', 7_000)], new Set([deadlineKey(kept), deadlineKey(gone)]))).toEqual(new Set(['t1|response|breach|5000']));
  });

  it('drops every announcement when no deadline is reported', () => {
    expect(pruneAnnounced([], new Set(['t1|response|breach|5000']))).toEqual(new Set());
  });
});
