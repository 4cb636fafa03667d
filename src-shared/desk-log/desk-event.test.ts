import { describe, expect, it } from 'vitest';
import { compareDeskEvents } from './desk-event';

const e = (hlc: string, workstation: string, id: string) => ({ hlc, workstation, id });
const EARLY = '1772442000000-0000';
const LATE = '1772442000000-0001';

describe('compareDeskEvents', () => {
  it.each([
    // The clock stamp decides first, whatever the workstation and id say.
    ['an earlier stamp, from a workstation and id that sort later', e(EARLY, 'ws-b', 'id-2'), e(LATE, 'ws-a', 'id-1'), -1],
    ['a later stamp, from a workstation and id that sort earlier', e(LATE, 'ws-a', 'id-1'), e(EARLY, 'ws-b', 'id-2'), 1],
    // Same stamp: the workstation decides, whatever the id says.
    ['the same stamp from an earlier workstation', e(EARLY, 'ws-a', 'id-2'), e(EARLY, 'ws-b', 'id-1'), -1],
    ['the same stamp from a later workstation', e(EARLY, 'ws-b', 'id-1'), e(EARLY, 'ws-a', 'id-2'), 1],
    ['a workstation id that is a prefix of the other', e(EARLY, 'ws-1', 'id-2'), e(EARLY, 'ws-10', 'id-1'), -1],
    // Same stamp and workstation: the id decides.
    ['the same stamp and workstation, an earlier id', e(EARLY, 'ws-a', 'id-1'), e(EARLY, 'ws-a', 'id-2'), -1],
    ['the same stamp and workstation, a later id', e(EARLY, 'ws-a', 'id-2'), e(EARLY, 'ws-a', 'id-1'), 1],
    ['the same event', e(EARLY, 'ws-a', 'id-1'), e(EARLY, 'ws-a', 'id-1'), 0],
  ])('orders %s', (_name, a, b, expected) => {
    expect(compareDeskEvents(a, b)).toBe(expected);
  });
});
