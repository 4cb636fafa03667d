import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenedFile, openedFileIn } from './opened-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klok-opened-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a file opened from the file manager', () => {
  it('is found among the program’s arguments, not in its switches: a backup or a desk file', () => {
    expect(openedFileIn(['/opt/Klok/klok', '--no-sandbox', '/home/ann/klok-2026-11-30T02-00-00Z.klokbackup'])).toEqual({
      path: '/home/ann/klok-2026-11-30T02-00-00Z.klokbackup',
      kind: 'backup',
    });
    expect(openedFileIn(['/opt/Klok/klok', 'C:\\Users\\ann\\Houten.KLOKDESK'])).toEqual({ path: 'C:\\Users\\ann\\Houten.KLOKDESK', kind: 'desk' });
    expect(openedFileIn(['/opt/Klok/klok', '--flag=x.klokbackup'])).toBeNull();
    expect(openedFileIn(['/opt/Klok/klok', 'desk.json'])).toBeNull();
  });

  it('waits until it is taken, once', async () => {
    const path = join(dir, 'mine.klokbackup');
    await writeFile(path, '{"format":"klok-backup"}');
    const opened = new OpenedFile();
    expect(await opened.take()).toEqual({ content: null, name: null, kind: null });
    expect(opened.offer({ path, kind: 'backup' })).toBe(true);
    const taken = await opened.take();
    expect([taken.name, taken.kind, new TextDecoder().decode(taken.content ?? new Uint8Array())]).toEqual([
      'mine.klokbackup',
      'backup',
      '{"format":"klok-backup"}',
    ]);
    expect(await opened.take()).toEqual({ content: null, name: null, kind: null });
  });
});
