import { describe, expect, it } from 'vitest';
import { InputError } from '../validation/issues';
import { at } from '../test-support/instants';
import { backupFileName, backupTimeOf, readBackup, sha256Hex, writeBackup } from './backup-file';

const DESK = '{"format":"klok-desk","version":2,"events":[]}';
const ABOUT = {
  deskId: 'desk-1',
  deskName: 'Servicedesk Utrecht',
  counts: { events: 12, tickets: 3, calls: 2, engagements: 1 },
  newestEventAt: '2026-11-29T16:02:00.000Z',
};
const MADE = at('2026-11-30T02:00:00Z');

async function refusal(text: string): Promise<string[]> {
  const error = await readBackup(text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).issues.map((i) => `${i.field}: ${i.reason}`);
}

describe('sha256Hex', () => {
  it('is SHA-256 in lower-case hex (the FIPS 180-2 test vector "abc")', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('a backup file', () => {
  it('reads back what was written: the manifest, the time it was made and the desk', async () => {
    const text = await writeBackup(DESK, ABOUT, MADE);
    expect(await readBackup(text)).toEqual({
      manifest: { ...ABOUT, createdAt: '2026-11-30T02:00:00.000Z', sha256: await sha256Hex(DESK) },
      desk: DESK,
    });
  });

  it('is refused when one character of the desk changed (damaged)', async () => {
    const text = (await writeBackup(DESK, ABOUT, MADE)).replace('klok-desk', 'klok-dusk');
    expect(await refusal(text)).toEqual(['backup: is damaged: its contents do not match its checksum']);
  });

  it('is refused when cut short, or not JSON at all', async () => {
    const text = await writeBackup(DESK, ABOUT, MADE);
    expect(await refusal(text.slice(0, text.length - 10))).toEqual(['backup: is not a Klok backup: the file is not JSON (damaged or another kind of file)']);
    expect(await refusal('PK\u0003\u0004 a zip file')).toHaveLength(1);
  });

  it('is refused when it is another kind of file: a desk export, or a backup of a version this Klok does not read', async () => {
    expect(await refusal(DESK)).toEqual(['backup: is not a Klok backup']);
    const future = JSON.stringify({ ...JSON.parse(await writeBackup(DESK, ABOUT, MADE)), version: 2 });
    expect(await refusal(future)).toEqual(['backup.version: must be 1: this Klok reads backups of version 1']);
  });

  it('names a missing or malformed field', async () => {
    const { counts: _counts, ...rest } = JSON.parse(await writeBackup(DESK, ABOUT, MADE)) as Record<string, unknown>;
    expect((await refusal(JSON.stringify({ ...rest, sha256: 'abc' }))).map((r) => r.split(':')[0])).toEqual(['backup.counts', 'backup.sha256']);
  });
});

describe('backup file names', () => {
  it('sort by the time they were made and give it back', () => {
    expect(backupFileName(MADE, 'daily')).toBe('klok-2026-11-30T02-00-00Z.klokbackup');
    expect(backupFileName(MADE, 'before-restore')).toBe('klok-2026-11-30T02-00-00Z-before-restore.klokbackup');
    expect(backupTimeOf('klok-2026-11-30T02-00-00Z.klokbackup')).toBe(MADE);
    expect(backupTimeOf('klok-2026-11-30T02-00-00Z-before-restore.klokbackup')).toBe(MADE);
  });

  it('know no time for a name Klok did not give', () => {
    expect(backupTimeOf('holiday-photos.klokbackup')).toBeNull();
    expect(backupTimeOf('klok-2026-11-30T02-00-00Z.json')).toBeNull();
    expect(backupTimeOf('klok-2026-13-45T02-00-00Z.klokbackup')).toBeNull();
  });
});
