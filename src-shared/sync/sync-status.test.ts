import { describe, expect, it } from 'vitest';
import { syncStatusOf, type SyncFacts } from './sync-status';

const calm: SyncFacts = { isLinked: true, waiting: 0, offlineSince: null, refusal: null, pull: null, syncedAt: 1_000 };

describe('syncStatusOf', () => {
  it('is off for a desk that is not shared, whatever else is known', () => {
    expect(syncStatusOf({ ...calm, isLinked: false, waiting: 3, offlineSince: 5 })).toEqual({ kind: 'off' });
  });

  it('is synced when connected with nothing waiting, since the last sync', () => {
    expect(syncStatusOf(calm)).toEqual({ kind: 'synced', at: 1_000 });
  });

  it('counts the events waiting while connected, and is "waiting" before the first sync ended', () => {
    expect(syncStatusOf({ ...calm, waiting: 4 })).toEqual({ kind: 'waiting', waiting: 4 });
    expect(syncStatusOf({ ...calm, syncedAt: null })).toEqual({ kind: 'waiting', waiting: 0 });
  });

  it('says since when the server is out of reach, with what waits', () => {
    expect(syncStatusOf({ ...calm, waiting: 2, offlineSince: 500 })).toEqual({ kind: 'offline', since: 500, waiting: 2 });
  });

  it('shows a refusal before being offline: retrying will not fix it', () => {
    expect(syncStatusOf({ ...calm, waiting: 2, offlineSince: 500, refusal: { code: 'unauthorised', reason: 'revoked' } })).toEqual({
      kind: 'error',
      code: 'unauthorised',
      reason: 'revoked',
      waiting: 2,
    });
  });

  it('shows the progress of a pull from where it started, until it reaches the head', () => {
    expect(syncStatusOf({ ...calm, pull: { from: 100, cursor: 600, head: 1_100 } })).toEqual({ kind: 'pulling', done: 500, total: 1_000, waiting: 0 });
    expect(syncStatusOf({ ...calm, pull: { from: 100, cursor: 1_100, head: 1_100 } })).toEqual({ kind: 'synced', at: 1_000 });
  });
});
