import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathIn, OpenedBackup } from './opened-backup';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klok-opened-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a backup opened from the file manager', () => {
  it('is found among the program’s arguments, not in its switches', () => {
    expect(backupPathIn(['/opt/Klok/klok', '--no-sandbox', '/home/ann/klok-2026-11-30T02-00-00Z.klokbackup'])).toBe(
      '/home/ann/klok-2026-11-30T02-00-00Z.klokbackup',
    );
    expect(backupPathIn(['/opt/Klok/klok', 'C:\\Users\\ann\\Desk.KLOKBACKUP'])).toBe('C:\\Users\\ann\\Desk.KLOKBACKUP');
    expect(backupPathIn(['/opt/Klok/klok', '--flag=x.klokbackup'])).toBeNull();
    expect(backupPathIn(['/opt/Klok/klok', 'desk.json'])).toBeNull();
  });

  it('waits until it is taken, once', async () => {
    const path = join(dir, 'mine.klokbackup');
    await writeFile(path, '{"format":"klok-backup"}');
    const opened = new OpenedBackup();
    expect(await opened.take()).toEqual({ content: null, name: null });
    expect(opened.offer(path)).toBe(true);
    const taken = await opened.take();
    expect([taken.name, new TextDecoder().decode(taken.content ?? new Uint8Array())]).toEqual(['mine.klokbackup', '{"format":"klok-backup"}']);
    expect(await opened.take()).toEqual({ content: null, name: null });
  });
});
