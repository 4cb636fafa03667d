// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { noticeLanguage, showUpgradeNotice } from './upgrade-notice';

describe('the upgrade notice', () => {
  it('says how far the upgrade is, in one status line that each step updates', () => {
    const root = document.createElement('div');
    showUpgradeNotice(root, { what: 'events', done: 20_000, total: 1_203_525 }, 'en');
    showUpgradeNotice(root, { what: 'events', done: 40_000, total: 1_203_525 }, 'en');
    const notices = root.querySelectorAll('[role="status"]');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.textContent).toBe(
      'Updating this workstation’s store for this version of Klok: 40,000 of 1,203,525 events moved. This happens once; a large desk takes a few minutes.',
    );
  });

  it('says so when it updates the ticket records (version 20)', () => {
    const root = document.createElement('div');
    showUpgradeNotice(root, { what: 'tickets', done: 10_000, total: 102_000 }, 'en');
    expect(root.textContent).toBe(
      'Updating this workstation’s store for this version of Klok: 10,000 of 102,000 tickets updated. This happens once; a large desk takes a minute.',
    );
  });

  it('says so when it re-indexes the tickets (versions 21 and 22), in one step', () => {
    const root = document.createElement('div');
    showUpgradeNotice(root, { what: 'ticketIndexes', done: 0, total: 102_000 }, 'en');
    expect(root.textContent).toBe(
      'Updating this workstation’s store for this version of Klok: re-indexing 102,000 tickets. This happens once; a large desk takes a few seconds.',
    );
    showUpgradeNotice(root, { what: 'ticketIndexes', done: 0, total: 102_000 }, 'nl');
    expect(root.textContent).toBe(
      'De opslag van dit werkstation wordt bijgewerkt voor deze versie van Klok: de indexen van 102.000 tickets worden vernieuwd. Dit gebeurt één keer; een grote desk duurt een paar seconden.',
    );
  });

  it('speaks Dutch to a Dutch browser, English to any other', () => {
    const root = document.createElement('div');
    showUpgradeNotice(root, { what: 'events', done: 20_000, total: 1_203_525 }, noticeLanguage('nl-NL'));
    expect(root.textContent).toBe(
      'De opslag van dit werkstation wordt bijgewerkt voor deze versie van Klok: 20.000 van 1.203.525 gebeurtenissen verplaatst. Dit gebeurt één keer; een grote desk duurt een paar minuten.',
    );
    showUpgradeNotice(root, { what: 'tickets', done: 10_000, total: 102_000 }, 'nl');
    expect(root.textContent).toBe(
      'De opslag van dit werkstation wordt bijgewerkt voor deze versie van Klok: 10.000 van 102.000 tickets bijgewerkt. Dit gebeurt één keer; een grote desk duurt een minuut.',
    );
    expect([noticeLanguage('nl'), noticeLanguage('NL-be'), noticeLanguage('en-US'), noticeLanguage('de-DE'), noticeLanguage('')]).toEqual([
      'nl',
      'nl',
      'en',
      'en',
      'en',
    ]);
  });
});
