import type { SyncStatus } from '../../../src-shared/sync/sync-status';
import type { I18n } from '../../i18n/i18n';
import { formatLocalTime } from '../../ui/format';

/** The sync status in the screen's language: "Synced", "3 events waiting", "Offline since 10:42"… */
export function syncStatusText({ t, lookup, locale }: I18n, status: SyncStatus): string {
  switch (status.kind) {
    case 'off':
      return t('sync.status.off');
    case 'synced':
      return t('sync.status.synced');
    case 'waiting':
      return status.waiting === 0 ? t('sync.status.connecting') : t('sync.status.waiting', { count: status.waiting.toLocaleString(locale) });
    case 'offline':
      return t('sync.status.offline', { since: formatLocalTime(status.since, locale), count: status.waiting.toLocaleString(locale) });
    case 'pulling':
      return t('sync.status.pulling', {
        percent: Math.floor((100 * status.done) / Math.max(1, status.total)),
        done: status.done.toLocaleString(locale),
        total: status.total.toLocaleString(locale),
      });
    case 'error':
      return t('sync.status.error', { reason: lookup(`sync.error.${status.code}`, status.reason) });
  }
}
