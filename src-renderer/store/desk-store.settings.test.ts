import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import { getDeskSetting, getSetting, putSetting, setDeskSetting } from './desk-store';
import { actor, deleteFreshDbs, freshDb, plans } from './store-test-support';

afterEach(deleteFreshDbs);

describe('the workstation’s own settings', () => {
  it('give the fallback until one is put, then what was put', async () => {
    const db = freshDb();
    expect(await getSetting(db, 'language', 'en')).toBe('en');
    await putSetting(db, 'language', 'nl');
    expect(await getSetting(db, 'language', 'en')).toBe('nl');
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'nl' });
  });
});

describe('the desk’s shared settings', () => {
  it('are null until the desk sets one, then what it set', async () => {
    const db = freshDb();
    expect(await getDeskSetting(db, 'vatPercent')).toBeNull();
    await setDeskSetting(db, plans, 'vatPercent', 21, actor, at('2026-03-02T09:00:00+01:00')); // Monday
    expect(await getDeskSetting(db, 'vatPercent')).toBe(21);
  });
});
