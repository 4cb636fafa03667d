import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autostartEntry, hasAutostart, setAutostart } from './autostart-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klok-autostart-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the Linux autostart entry', () => {
  it('starts the program, quoted as the Exec key wants', () => {
    expect(autostartEntry('/opt/Klok/klok')).toContain('Exec="/opt/Klok/klok"\n');
    expect(autostartEntry('/home/ann/My "Apps"/Klok.AppImage')).toContain('Exec="/home/ann/My \\\\"Apps\\\\"/Klok.AppImage"');
    expect(autostartEntry('/opt/$HOME/klok')).toContain('Exec="/opt/\\\\$HOME/klok"');
  });

  it('is written into the autostart folder (made when missing) and removed again', async () => {
    const autostart = join(dir, '.config', 'autostart');
    expect(await hasAutostart(autostart)).toBe(false);
    expect(await setAutostart(autostart, '/opt/Klok/klok', true)).toBe(true);
    expect(await readFile(join(autostart, 'klok.desktop'), 'utf8')).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Klok\n/);
    expect(await setAutostart(autostart, '/opt/Klok/klok', false)).toBe(false);
    expect(await setAutostart(autostart, '/opt/Klok/klok', false)).toBe(false);
  });
});
