import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../src-shared/ipc/ipc-contract';
import { setAgentName, useAgentName } from './desk/agent-name';
import { useDeskServices } from './desk/desk-services';
import { I18nProvider, LANGUAGES, useI18n, type Language } from './i18n/i18n';
import { BoardPanel, type BoardViewKind } from './features/board/board-panel';
import type { TriageKey } from './features/board/queue-view';
import { CustomersDialog } from './features/desk/customers-dialog';
import { DeskDataDialog } from './features/desk/desk-data-dialog';
import { EmptyDesk } from './features/desk/empty-desk';
import { useSetLanguage } from './features/desk/mutations';
import { directoryQuery, languageQuery, ticketCountQuery } from './features/desk/queries';
import { useTicketCommand } from './features/tickets/mutations';
import { openTicketsQuery } from './features/tickets/queries';
import { RegisterTicketDialog } from './features/tickets/register-ticket-dialog';
import { TicketDetail } from './features/tickets/ticket-detail';
import { ErrorMessage } from './ui/fields';
import { ToastProvider } from './ui/toasts';

type DialogKind = 'register' | 'customers' | 'desk-data' | null;

/** The application: language first, then the desk. */
export function App() {
  const { db } = useDeskServices();
  const language = useQuery(languageQuery(db));
  return (
    <I18nProvider language={language.data ?? 'en'}>
      <ToastProvider>
        <Desk isLanguageReady={language.isSuccess} />
      </ToastProvider>
    </I18nProvider>
  );
}

function Desk({ isLanguageReady }: { isLanguageReady: boolean }) {
  const { t, language } = useI18n();
  const { db, platform, plans } = useDeskServices();
  const count = useQuery(ticketCountQuery(db));
  const directory = useQuery(directoryQuery(db));
  const open = useQuery(openTicketsQuery(db));
  const setLanguage = useSetLanguage();
  const triageCommand = useTicketCommand();
  const [view, setView] = useState<BoardViewKind>('queue');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const agent = useAgentName();
  const searchRef = useRef<HTMLInputElement>(null);
  const priorityRef = useRef<HTMLSelectElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const isReady = isLanguageReady && count.isSuccess && directory.isSuccess && open.isSuccess;
  const isEmpty = count.data === 0 && (directory.data?.customers.length ?? 0) === 0;

  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        const actions: Record<MenuCommand, () => void> = {
          'new-ticket': () => setDialog('register'),
          import: () => setDialog('desk-data'),
          export: () => setDialog('desk-data'),
          'view-queue': () => setView('queue'),
          'view-status': () => setView('status'),
          'focus-search': () => searchRef.current?.focus(),
          'language-en': () => setLanguage.mutate('en'),
          'language-nl': () => setLanguage.mutate('nl'),
        };
        actions[command]();
      }),
    [platform, setLanguage],
  );

  const onTriage = (key: TriageKey, ticketId: string) => {
    setSelectedId(ticketId);
    const entry = open.data?.find((x) => x.row.id === ticketId);
    if (key === 'open') setTimeout(() => headingRef.current?.focus(), 0);
    if (key === 'priority') setTimeout(() => priorityRef.current?.focus(), 0);
    if (key === 'close') triageCommand.mutate({ ticketId, command: { kind: 'close_administratively' } });
    if (key === 'respond' && entry && !entry.row.isResponded) triageCommand.mutate({ ticketId, command: { kind: 'respond' } });
    if (key === 'escalate' && entry) {
      const lines = plans.planFor(entry.contract).policy.lines;
      const next = lines[lines.findIndex((l) => l.id === entry.row.line) + 1];
      if (next) triageCommand.mutate({ ticketId, command: { kind: 'escalate', line: next.id } });
    }
  };

  return (
    <div className="app" data-app-state={isReady ? 'ready' : 'loading'} lang={language}>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <nav aria-label={t('nav.views')} className="views">
          <button type="button" aria-pressed={view === 'queue'} onClick={() => setView('queue')}>
            {t('nav.queue')}
          </button>
          <button type="button" aria-pressed={view === 'status'} onClick={() => setView('status')}>
            {t('nav.byStatus')}
          </button>
        </nav>
        <div className="header-actions">
          <button type="button" onClick={() => setDialog('register')} disabled={(directory.data?.contracts.length ?? 0) === 0}>
            {t('nav.newTicket')}
          </button>
          <button type="button" onClick={() => setDialog('customers')}>
            {t('nav.customers')}
          </button>
          <button type="button" onClick={() => setDialog('desk-data')}>
            {t('nav.deskData')}
          </button>
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
      <ErrorMessage error={triageCommand.error}>{t('error.prefix', { error: '' })}</ErrorMessage>
      {!isReady ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <main className={selectedId ? 'layout with-detail' : 'layout'}>
          {isEmpty ? (
            <EmptyDesk onImport={() => setDialog('desk-data')} onAddCustomer={() => setDialog('customers')} />
          ) : (
            <BoardPanel view={view} selectedId={selectedId} onSelect={setSelectedId} onTriage={onTriage} searchRef={searchRef} />
          )}
          {selectedId ? (
            <TicketDetail key={selectedId} ticketId={selectedId} onClose={() => setSelectedId(null)} priorityRef={priorityRef} headingRef={headingRef} />
          ) : null}
        </main>
      )}
      <RegisterTicketDialog isOpen={dialog === 'register'} onClose={() => setDialog(null)} onRegistered={setSelectedId} />
      <CustomersDialog isOpen={dialog === 'customers'} onClose={() => setDialog(null)} />
      <DeskDataDialog isOpen={dialog === 'desk-data'} onClose={() => setDialog(null)} />
    </div>
  );
}
