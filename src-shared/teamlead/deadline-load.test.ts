import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { deadlineLoad } from './deadline-load';

const NOW = at('2026-03-02T09:00:00+01:00'); // Monday
const AMS = 'Europe/Amsterdam';

describe('deadlineLoad', () => {
  it('counts each agent’s deadlines per local day ahead, later ones apart, and leaves past ones out', () => {
    const load = deadlineLoad(
      [
        { label: 'Bram', due: at('2026-03-02T15:00:00+01:00'), zone: AMS },
        { label: 'Anna', due: at('2026-03-02T10:00:00+01:00'), zone: AMS },
        { label: 'Anna', due: at('2026-03-04T23:59:00+01:00'), zone: AMS },
        { label: 'Anna', due: at('2026-03-05T00:00:00+01:00'), zone: AMS }, // after the third day
        { label: 'Bram', due: at('2026-03-02T08:59:00+01:00'), zone: AMS }, // already past
      ],
      NOW,
      AMS,
      3,
    );
    expect(load.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(load.rows).toEqual([
      { label: 'Anna', counts: [1, 0, 1], later: 1 },
      { label: 'Bram', counts: [1, 0, 0], later: 0 },
    ]);
    expect(load.total).toEqual({ counts: [2, 0, 1], later: 1 });
  });

  it('puts a deadline on the date it falls on in its own calendar’s zone', () => {
    // 2026-03-03T03:00Z is still Monday evening in New York, Tuesday morning in Amsterdam.
    const due = at('2026-03-03T03:00:00Z');
    const ny = deadlineLoad([{ label: 'Acme', due, zone: 'America/New_York' }], NOW, AMS, 2);
    const ams = deadlineLoad([{ label: 'Acme', due, zone: AMS }], NOW, AMS, 2);
    expect(ny.total.counts).toEqual([1, 0]);
    expect(ams.total.counts).toEqual([0, 1]);
  });

  it('counts a deadline due this very moment, and each of an agent’s deadlines on one day', () => {
    const load = deadlineLoad(
      [
        { label: 'Anna', due: NOW, zone: AMS },
        { label: 'Anna', due: at('2026-03-02T12:00:00+01:00'), zone: AMS },
        { label: 'Anna', due: at('2026-03-03T12:00:00+01:00'), zone: AMS },
      ],
      NOW,
      AMS,
      2,
    );
    expect(load.rows).toEqual([{ label: 'Anna', counts: [2, 1], later: 0 }]);
    expect(load.total).toEqual({ counts: [2, 1], later: 0 });
  });

  it('counts today a deadline whose own zone’s date is still yesterday', () => {
    // 2026-03-02T05:30+01:00 is Monday in Amsterdam, still Sunday 23:30 in New York.
    const now = at('2026-03-02T05:00:00+01:00');
    const load = deadlineLoad([{ label: 'Acme', due: at('2026-03-02T05:30:00+01:00'), zone: 'America/New_York' }], now, AMS, 2);
    expect(load.days).toEqual(['2026-03-02', '2026-03-03']);
    expect(load.total).toEqual({ counts: [1, 0], later: 0 });
  });

  it('takes the days from today in the zone it is viewed in, not the machine’s', () => {
    // The tests run in Pacific/Chatham (+13:45): 2026-03-01T23:00+01:00, still Sunday in Amsterdam, is
    // Monday 11:45 there.
    const load = deadlineLoad([{ label: 'Acme', due: at('2026-03-02T10:00:00+01:00'), zone: AMS }], at('2026-03-01T23:00:00+01:00'), AMS, 2);
    expect(load.days).toEqual(['2026-03-01', '2026-03-02']);
    expect(load.total).toEqual({ counts: [0, 1], later: 0 });
  });
});
