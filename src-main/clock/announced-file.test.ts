import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcedKeeper, loadAnnounced } from './announced-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klok-announced-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the announced-deadlines file', () => {
  it('gives back what was kept, the newest set winning', async () => {
    const file = join(dir, 'announced.json');
    const keep = announcedKeeper(file);
    keep(new Set(['a|response|breach|1']));
    keep(new Set(['a|response|breach|1', 'b|callback|callback_due|2']));
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8'))).toHaveLength(2));
    expect(loadAnnounced(file)).toEqual(['a|response|breach|1', 'b|callback|callback_due|2']);
  });

  it('starts empty when the file is missing, damaged or not a list of keys', async () => {
    expect(loadAnnounced(join(dir, 'missing.json'))).toEqual([]);
    await writeFile(join(dir, 'bad.json'), '["a", ');
    expect(loadAnnounced(join(dir, 'bad.json'))).toEqual([]);
    await writeFile(join(dir, 'odd.json'), '{"a": 1}');
    expect(loadAnnounced(join(dir, 'odd.json'))).toEqual([]);
    await writeFile(join(dir, 'mixed.json'), '["a", 2, "b"]');
    expect(loadAnnounced(join(dir, 'mixed.json'))).toEqual(['a', 'b']);
  });
});
