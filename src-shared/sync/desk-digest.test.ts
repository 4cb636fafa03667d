import { describe, expect, it } from 'vitest';
import { deskDigest, digestDay } from './desk-digest';

const e = (id: string, wall: number) => ({ id, hlc: `${String(wall).padStart(13, '0')}-0000` });
const MAR_1 = 1_772_366_400_000; // 2026-03-01T12:00Z
const MAR_2 = 1_772_409_600_000; // 2026-03-02T00:00Z

describe('the desk digest', () => {
  it('puts an event in the UTC day of its clock stamp', () => {
    expect(digestDay(e('a', MAR_2 - 1).hlc)).toBe('2026-03-01');
    expect(digestDay(e('a', MAR_2).hlc)).toBe('2026-03-02');
  });

  it('is the same whatever order the events came in, and counts per day', () => {
    const events = [e('b', MAR_1), e('a', MAR_1), e('c', MAR_2)];
    const one = deskDigest(events);
    const other = deskDigest([...events].reverse());
    expect(other).toEqual(one);
    expect(one.count).toBe(3);
    expect(one.days.map((d) => [d.day, d.count])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-02', 1],
    ]);
    expect(one.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when one event is missing, doubled in another day, or has another id', () => {
    const base = deskDigest([e('a', MAR_1), e('b', MAR_1), e('c', MAR_2)]);
    const missing = deskDigest([e('a', MAR_1), e('c', MAR_2)]);
    const moved = deskDigest([e('a', MAR_1), e('b', MAR_2), e('c', MAR_2)]);
    const renamed = deskDigest([e('a', MAR_1), e('bb', MAR_1), e('c', MAR_2)]);
    for (const other of [missing, moved, renamed]) expect(other.digest).not.toBe(base.digest);
    // The day that differs is the one whose line differs.
    expect(missing.days[0]?.hash).not.toBe(base.days[0]?.hash);
    expect(missing.days[1]).toEqual(base.days[1]);
  });

  it('hashes the ids joined by newlines with SHA-256 (a known value)', () => {
    // printf 'a\nb' | sha256sum
    expect(deskDigest([e('b', MAR_1), e('a', MAR_1)]).days[0]?.hash).toBe('7e18f737311b2dc3b2f269dd78396b0351f14fb66efa879f768cb23181883c78');
  });

  it('hashes the day lines, "day count hash", joined by newlines (a known value)', () => {
    // printf '2026-03-01 2 <hash of a,b>\n2026-03-02 1 <hash of c>' | sha256sum
    const digest = deskDigest([e('c', MAR_2), e('b', MAR_1), e('a', MAR_1)]);
    expect(digest.days[1]?.hash).toBe('2e7d2c03a9507ae265ecf5b5356885a53393a2029d241394997265a1a25aefc6'); // printf 'c' | sha256sum
    expect(digest.digest).toBe('d9cc5483c6db84ab64fccddac3f96c2491d876c3198045cc0fdba1bdc93f68ce');
  });

  it('of no events is the hash of nothing', () => {
    expect(deskDigest([])).toEqual({ days: [], count: 0, digest: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
  });
});
