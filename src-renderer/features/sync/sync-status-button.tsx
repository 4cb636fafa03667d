import { useI18n } from '../../i18n/i18n';
import { syncStatusText } from './sync-status-text';
import { useSync } from './sync-provider';

/** The header's sync state (always visible while the desk is shared); opens the Team sync dialog. */
export function SyncStatusButton({ onOpen }: { onOpen: () => void }) {
  const i18n = useI18n();
  const { status } = useSync();
  const text = status.kind === 'off' ? i18n.t('nav.teamSync') : syncStatusText(i18n, status);
  return (
    <button
      type="button"
      className={`sync-status sync-${status.kind}`}
      data-sync={status.kind}
      aria-label={status.kind === 'off' ? text : `${i18n.t('nav.teamSync')}: ${text}`}
      onClick={onOpen}
    >
      {text}
    </button>
  );
}
