import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { AppHeader, type DialogKind } from './app-header';
import type { DeskView } from './desk-view';
import { useDeskServices } from './desk/desk-services';
import { BackupReminder } from './features/backup/backup-reminder';
import { useBackUpNow } from './features/backup/mutations';
import { useDailyBackup } from './features/backup/use-daily-backup';
import { usePersistentStorage } from './features/backup/use-persistent-storage';
import { BoardPanel } from './features/board/board-panel';
import { DeadlineAlerts } from './features/notifications/deadline-alerts';
import { NotificationPermission } from './features/notifications/notification-permission';
import { useHandNotificationHours, useNotificationClicks } from './features/notifications/use-notifications';
import { ClockWarning } from './features/desk/clock-warning';
import { EmptyDesk } from './features/desk/empty-desk';
import { useSetLanguage } from './features/desk/mutations';
import { PhonePanel } from './features/phone/phone-panel';
import { directoryQuery, languageQuery, ticketCountQuery } from './features/desk/queries';
import { useOpenTickets } from './features/tickets/use-open-tickets';
import { RegisterTicketDialog } from './features/tickets/register-ticket-dialog';
import { TicketDetail } from './features/tickets/ticket-detail';
import { selectTicket, type TicketSelection } from './features/tickets/ticket-selection';
import { SyncProvider } from './features/sync/sync-provider';
import { I18nProvider, useI18n } from './i18n/i18n';
import { ToastProvider, ToastRegion, useToast } from './ui/toasts';
import { useMenuCommands } from './use-menu-commands';
import {
  BackupDialog,
  ClosedTicketsView,
  ConsultancyView,
  CustomersDialog,
  DeskDataDialog,
  PhoneLogView,
  PoliciesView,
  SettingsDialog,
  SyncDialog,
  TeamLeadView,
} from './lazy-parts';

/**
 * The application: language first, then the desk. `storeRead` settles once the store's own first
 * screen is read; until then the desk may show the kept one (decision 27) and says it is loading.
 */
export function App({ storeRead }: { storeRead?: Promise<unknown> }) {
  const { db } = useDeskServices();
  const language = useQuery(languageQuery(db));
  const isStoreRead = useIsSettled(storeRead);
  return (
    <I18nProvider language={language.data ?? 'en'}>
      <ToastProvider>
        <SyncProvider>
          <Desk isLanguageReady={language.isSuccess} isStoreRead={isStoreRead} />
        </SyncProvider>
      </ToastProvider>
    </I18nProvider>
  );
}

/** Whether `promise` has settled (true when there is none). */
function useIsSettled(promise: Promise<unknown> | undefined): boolean {
  const [settled, setSettled] = useState<Promise<unknown> | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    const done = () => isCurrent && setSettled(promise);
    promise?.then(done, done);
    return () => {
      isCurrent = false;
    };
  }, [promise]);
  return promise === undefined || settled === promise;
}

/** The desk: which view, which ticket, which dialog. Each part owns the rest of its state. */
function Desk({ isLanguageReady, isStoreRead }: { isLanguageReady: boolean; isStoreRead: boolean }) {
  const { t, language } = useI18n();
  const { db, platform } = useDeskServices();
  const count = useQuery(ticketCountQuery(db));
  const directory = useQuery(directoryQuery(db));
  // The board's first screen needs only the tickets that breach first; the whole list follows.
  const { head, open } = useOpenTickets();
  const setLanguage = useSetLanguage();
  const [view, setView] = useState<DeskView>('queue');
  const [selection, setSelection] = useState<TicketSelection | null>(null);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // The phone bar's first field: where the start-a-call shortcut puts the agent.
  const phoneRef = useRef<HTMLSelectElement>(null);
  const backUpNow = useBackUpNow();
  const toast = useToast();

  // The shell's own texts (Electron's menu and window title) follow the user's language.
  useEffect(() => {
    if (isLanguageReady) platform.setLanguage(language);
  }, [platform, language, isLanguageReady]);

  useMenuCommands({
    'new-ticket': () => setDialog('register'),
    'start-call': () => phoneRef.current?.focus(),
    import: () => setDialog('desk-data'),
    export: () => setDialog('desk-data'),
    'backup-now': () => backUpNow.mutate('manual', { onSuccess: (name) => toast(t('backup.made', { name })) }),
    backups: () => setDialog('backups'),
    'view-queue': () => setView('queue'),
    'view-status': () => setView('status'),
    'view-closed': () => setView('closed'),
    'focus-search': () => searchRef.current?.focus(),
    'language-en': () => setLanguage.mutate('en'),
    'language-nl': () => setLanguage.mutate('nl'),
  });

  // Drawn (from the kept first screen, or the store), and ready: what is drawn is the store's.
  const isDrawn = isLanguageReady && count.isSuccess && directory.isSuccess && head.isSuccess && (head.data !== null || open.isSuccess);
  const isReady = isDrawn && isStoreRead;
  const isEmpty = count.data === 0 && (directory.data?.customers.length ?? 0) === 0;
  useDailyBackup(isReady && !isEmpty);
  usePersistentStorage();
  useHandNotificationHours();
  // A file opened from the file manager: a backup opens the Backups dialog on its restore preview,
  // a desk file the Desk data dialog asking whether to import it.
  const [openedBackup, setOpenedBackup] = useState<Uint8Array | null>(null);
  const [openedDesk, setOpenedDesk] = useState<{ bytes: Uint8Array; name: string; serial: number } | null>(null);
  useEffect(
    () =>
      platform.onFileOpened(({ bytes, name, kind }) => {
        if (kind === 'backup') setOpenedBackup(bytes);
        else setOpenedDesk((before) => ({ bytes, name, serial: (before?.serial ?? 0) + 1 }));
        setDialog(kind === 'backup' ? 'backups' : 'desk-data');
      }),
    [platform],
  );
  const openTicket = (ticketId: string) => setSelection(selectTicket(ticketId, 'heading'));
  useNotificationClicks(openTicket);
  const closeDialog = () => setDialog(null);

  return (
    <div className="app" data-app-state={isReady ? 'ready' : 'loading'} lang={language}>
      <AppHeader view={view} onView={setView} onDialog={setDialog} />
      <ClockWarning />
      <BackupReminder onOpen={() => setDialog('backups')} />
      <NotificationPermission hasOpenTickets={(open.data?.length ?? head.data?.tickets.length ?? 0) > 0} />
      <DeadlineAlerts onOpen={openTicket} />
      {isDrawn && !isEmpty ? <PhonePanel focusRef={phoneRef} /> : null}
      {!isDrawn ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        // Busy while it shows the kept first screen: the store's is on its way.
        <main className={selection ? 'layout with-detail' : 'layout'} aria-busy={!isReady}>
          {view === 'policies' ? (
            // Policies can be shaped before the first customer.
            <PoliciesView />
          ) : isEmpty ? (
            <EmptyDesk onImport={() => setDialog('desk-data')} onAddCustomer={() => setDialog('customers')} />
          ) : view === 'phone' ? (
            <PhoneLogView />
          ) : view === 'lead' ? (
            <TeamLeadView onSelect={(id) => setSelection(selectTicket(id, 'heading'))} />
          ) : view === 'consultancy' ? (
            <ConsultancyView />
          ) : view === 'closed' ? (
            <ClosedTicketsView selectedId={selection?.ticketId ?? null} onSelect={(id) => setSelection(selectTicket(id, 'heading'))} />
          ) : (
            <BoardPanel view={view} selectedId={selection?.ticketId ?? null} onSelect={setSelection} searchRef={searchRef} />
          )}
          {selection ? <TicketDetail key={selection.ticketId} selection={selection} onClose={() => setSelection(null)} /> : null}
        </main>
      )}
      <RegisterTicketDialog isOpen={dialog === 'register'} onClose={closeDialog} onRegistered={(id) => setSelection(selectTicket(id))} />
      <CustomersDialog isOpen={dialog === 'customers'} onClose={closeDialog} onOpenTicket={openTicket} />
      <DeskDataDialog key={openedDesk?.serial ?? 0} isOpen={dialog === 'desk-data'} onClose={closeDialog} openedFile={openedDesk} />
      <BackupDialog isOpen={dialog === 'backups'} onClose={closeDialog} openedFile={openedBackup} />
      <SettingsDialog isOpen={dialog === 'settings'} onClose={closeDialog} />
      <SyncDialog isOpen={dialog === 'sync'} onClose={closeDialog} />
      <ToastRegion label={t('toasts.label')} language={language} />
    </div>
  );
}
