import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBackupName, listBackupFiles, readBackupFile, writeBackupFile } from './backup-folder';
import { readBackupSettings, writeBackupSettings } from './backup-settings';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'klok-backups-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const name = (day: number) => `klok-2026-11-${String(day).padStart(2, '0')}T02-00-00Z.klokbackup`;

describe('the backup folder', () => {
  it('writes a backup whole and leaves no temporary file', async () => {
    const { path, deleted } = await writeBackupFile(folder, name(1), '{"format":"klok-backup"}', 14);
    expect(path).toBe(join(folder, name(1)));
    expect(deleted).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe('{"format":"klok-backup"}');
    expect(await readdir(folder)).toEqual([name(1)]);
  });

  it('creates the folder when it does not exist yet', async () => {
    const nested = join(folder, 'Documents', 'Klok backups');
    await writeBackupFile(nested, name(1), 'x', 14);
    expect(await readdir(nested)).toEqual([name(1)]);
  });

  it('keeps the newest N of Klok’s backups and leaves the user’s own files alone', async () => {
    await writeFile(join(folder, 'notes.txt'), 'mine');
    for (const day of [3, 1, 2]) await writeBackupFile(folder, name(day), `day ${day}`, 14);
    const { deleted } = await writeBackupFile(folder, name(4), 'day 4', 2);
    expect(deleted.sort()).toEqual([name(1), name(2)]);
    expect((await readdir(folder)).sort()).toEqual([name(3), name(4), 'notes.txt']);
    expect((await listBackupFiles(folder)).map((b) => [b.name, b.bytes])).toEqual([
      [name(4), 5],
      [name(3), 5],
    ]);
  });

  it('lists nothing for a folder that is not there', async () => {
    expect(await listBackupFiles(join(folder, 'missing'))).toEqual([]);
  });

  it('reads and writes only names Klok gives, never a path', async () => {
    expect(isBackupName(name(1))).toBe(true);
    expect(isBackupName(`../${name(1)}`)).toBe(false);
    expect(isBackupName('passwd')).toBe(false);
    await expect(readBackupFile(folder, '../../etc/passwd')).rejects.toThrow('not a backup name');
    await expect(writeBackupFile(folder, 'evil.sh', 'x', 14)).rejects.toThrow('not a backup name');
    await writeBackupFile(folder, name(5), 'five', 14);
    expect(new TextDecoder().decode(await readBackupFile(folder, name(5)))).toBe('five');
  });
});

describe('the backup settings', () => {
  it('default to a folder in the documents and 14 backups, also when the file is damaged', async () => {
    const file = join(folder, 'backup-settings.json');
    expect(await readBackupSettings(file, '/home/ann/Documents')).toEqual({ folder: '/home/ann/Documents/Klok backups', keep: 14 });
    await writeFile(file, '{"keep": 0, "folder": ""');
    expect(await readBackupSettings(file, '/home/ann/Documents')).toEqual({ folder: '/home/ann/Documents/Klok backups', keep: 14 });
  });

  it('keep what was saved, and fall back per field for a value out of range', async () => {
    const file = join(folder, 'settings', 'backup-settings.json');
    await writeBackupSettings(file, { folder: '/srv/backups', keep: 30 });
    expect(await readBackupSettings(file, '/home/ann/Documents')).toEqual({ folder: '/srv/backups', keep: 30 });
    await writeBackupSettings(file, { folder: '/srv/backups', keep: 1000 });
    expect(await readBackupSettings(file, '/home/ann/Documents')).toEqual({ folder: '/srv/backups', keep: 14 });
  });
});
