import type { UpgradeProgress } from '../db/upgrade-progress';
import { LANGUAGES, translator, type Language } from '../i18n/i18n';

/** The language of the notice: the desk's setting is in the store being upgraded, so the browser's. */
export function noticeLanguage(browserLanguage: string): Language {
  const base = browserLanguage.toLowerCase().split('-')[0];
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

const NOTICES = { events: 'app.upgrading', tickets: 'app.upgradingTickets', ticketIndexes: 'app.upgradingTicketIndexes' } as const;

/**
 * Shows how far the store's upgrade is, in `root` before the app is drawn there (the app's first
 * render replaces it). A polite live region: a screen reader hears it without losing its place.
 */
export function showUpgradeNotice(root: HTMLElement, progress: UpgradeProgress, language: Language): void {
  let notice = root.querySelector<HTMLElement>('[data-upgrade-notice]');
  if (!notice) {
    notice = root.ownerDocument.createElement('p');
    notice.setAttribute('data-upgrade-notice', '');
    notice.setAttribute('role', 'status');
    root.replaceChildren(notice);
  }
  const format = new Intl.NumberFormat(language);
  const key = NOTICES[progress.what];
  notice.textContent = translator(language)(key, { done: format.format(progress.done), total: format.format(progress.total) });
}
