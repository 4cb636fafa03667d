import { useQuery } from '@tanstack/react-query';
import { setAgentName, useAgentName } from './desk/agent-name';
import { useDeskServices } from './desk/desk-services';
import { useSetLanguage } from './features/desk/mutations';
import { directoryQuery } from './features/desk/queries';
import { SyncStatusButton } from './features/sync/sync-status-button';
import { LANGUAGES, useI18n, type Language } from './i18n/i18n';
import type { DeskView } from './desk-view';

export type DialogKind = 'register' | 'customers' | 'desk-data' | 'backups' | 'settings' | 'sync';

/** The window's header: the views, the dialogs, who is working, the language. */
export function AppHeader({ view, onView, onDialog }: { view: DeskView; onView: (view: DeskView) => void; onDialog: (dialog: DialogKind) => void }) {
  const { t, language } = useI18n();
  const { db } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const setLanguage = useSetLanguage();
  const agent = useAgentName();
  return (
    <header className="app-header">
      <h1>{t('app.title')}</h1>
      <nav aria-label={t('nav.views')} className="views">
        <button type="button" aria-pressed={view === 'queue'} onClick={() => onView('queue')}>
          {t('nav.queue')}
        </button>
        <button type="button" aria-pressed={view === 'status'} onClick={() => onView('status')}>
          {t('nav.byStatus')}
        </button>
        <button type="button" aria-pressed={view === 'closed'} onClick={() => onView('closed')}>
          {t('nav.closed')}
        </button>
        <button type="button" aria-pressed={view === 'phone'} onClick={() => onView('phone')}>
          {t('nav.phoneLog')}
        </button>
        <button type="button" aria-pressed={view === 'lead'} onClick={() => onView('lead')}>
          {t('nav.teamLead')}
        </button>
        <button type="button" aria-pressed={view === 'consultancy'} onClick={() => onView('consultancy')}>
          {t('nav.consultancy')}
        </button>
        <button type="button" aria-pressed={view === 'policies'} onClick={() => onView('policies')}>
          {t('nav.policies')}
        </button>
      </nav>
      <div className="header-actions">
        <button type="button" onClick={() => onDialog('register')} disabled={(directory.data?.contracts.length ?? 0) === 0}>
          {t('nav.newTicket')}
        </button>
        <button type="button" onClick={() => onDialog('customers')}>
          {t('nav.customers')}
        </button>
        <button type="button" onClick={() => onDialog('desk-data')}>
          {t('nav.deskData')}
        </button>
        <button type="button" onClick={() => onDialog('backups')}>
          {t('nav.backups')}
        </button>
        <button type="button" onClick={() => onDialog('settings')}>
          {t('nav.settings')}
        </button>
        <SyncStatusButton onOpen={() => onDialog('sync')} />
        <div className="field inline">
          <label htmlFor="agent-name">{t('nav.agent')}</label>
          <input
            id="agent-name"
            value={agent}
            placeholder={t('nav.agentPlaceholder')}
            list="agent-names-header"
            size={12}
            onChange={(e) => setAgentName(e.target.value)}
          />
          <datalist id="agent-names-header">
            {(directory.data?.agents ?? []).map((a) => (
              <option key={a.id} value={a.name} />
            ))}
          </datalist>
        </div>
        <div className="field inline">
          <label htmlFor="language">{t('nav.language')}</label>
          <select id="language" value={language} onChange={(e) => setLanguage.mutate(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : 'Nederlands'}
              </option>
            ))}
          </select>
        </div>
      </div>
    </header>
  );
}
