import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run sla -- batch', () => {
  it('answers a JSON array of queries in order, a bad one with an error in its place', () => {
    const queries = [
      { op: 'due', calendar: 'konneqt-enterprise-8x5', start: '2026-07-02T16:00:00-04:00', minutes: 120 },
      { op: 'due', calendar: 'scope4mation-office', start: 'not a date', minutes: 1 },
      { op: 'elapsed', calendar: '24x7', from: '2026-03-02T23:00:00Z', to: '2026-03-03T01:00:00Z' },
    ];
    const out = execFileSync('npm', ['run', '--silent', 'sla', '--', 'batch'], { cwd: root, input: JSON.stringify(queries), encoding: 'utf8' });
    const answers = JSON.parse(out) as unknown[];
    expect(answers).toEqual([{ due: '2026-07-06T10:00:00-04:00' }, { error: expect.stringContaining('start:') }, { ms: 7_200_000 }]);
  });
});
