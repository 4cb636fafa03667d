import { describe, expect, it } from 'vitest';
import { syncPaths } from './sync-protocol';

// Written from the API table at the top of sync-protocol.ts (and docs/sync-protocol.md), not from the code.
describe('the sync API paths', () => {
  it('are the fixed paths of health, desks and enrolment', () => {
    expect([syncPaths.health, syncPaths.desks, syncPaths.enrol]).toEqual(['/v1/health', '/v1/desks', '/v1/enrol']);
  });

  it('put the desk id in each desk path', () => {
    const desk = 'desk-7';
    expect([
      syncPaths.enrolmentCodes(desk),
      syncPaths.workstations(desk),
      syncPaths.workstation(desk, 'ws-2'),
      syncPaths.events(desk),
      syncPaths.wake(desk),
      syncPaths.digest(desk),
    ]).toEqual([
      '/v1/desks/desk-7/enrolment-codes',
      '/v1/desks/desk-7/workstations',
      '/v1/desks/desk-7/workstations/ws-2',
      '/v1/desks/desk-7/events',
      '/v1/desks/desk-7/wake',
      '/v1/desks/desk-7/digest',
    ]);
  });

  it('encode an id that has a slash, a space or a question mark, so it stays one path segment', () => {
    const desk = 'a/b c?';
    const encoded = 'a%2Fb%20c%3F';
    expect(syncPaths.events(desk)).toBe(`/v1/desks/${encoded}/events`);
    expect(syncPaths.enrolmentCodes(desk)).toBe(`/v1/desks/${encoded}/enrolment-codes`);
    expect(syncPaths.workstations(desk)).toBe(`/v1/desks/${encoded}/workstations`);
    expect(syncPaths.workstation(desk, 'x/y')).toBe(`/v1/desks/${encoded}/workstations/x%2Fy`);
    expect(syncPaths.wake(desk)).toBe(`/v1/desks/${encoded}/wake`);
    expect(syncPaths.digest(desk)).toBe(`/v1/desks/${encoded}/digest`);
  });
});
