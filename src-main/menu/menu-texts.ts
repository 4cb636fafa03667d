import type { AppLanguage } from '../../src-shared/ipc/ipc-contract';

/**
 * The texts main shows itself (the application menu, the window title) in every language the
 * renderer speaks. Electron's own role labels follow the operating system's language, not the
 * user's choice in Klok, so every item here carries its label.
 */
const en = {
  file: '&File',
  newTicket: 'New ticket…',
  startCall: 'Start a call',
  importDesk: 'Import desk…',
  exportDesk: 'Export desk…',
  backUpNow: 'Back up now',
  backups: 'Backups and restore…',
  quit: 'Quit Klok',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: '&View',
  queue: 'Queue by next breach',
  byStatus: 'By status',
  closed: 'Closed tickets',
  search: 'Search',
  reload: 'Reload',
  devTools: 'Developer tools',
  fullScreen: 'Full screen',
  window: '&Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  close: 'Close window',
  openLinkQuestion: 'Open {host} in your browser?',
  openLink: 'Open in browser',
  cancel: 'Cancel',
  /** An import file above the size limit (`src-main/files/import-limit.ts`). */
  importTooLarge: 'Klok cannot import {name}: the file is {size} MB, more than the {limit} MB an import may be.',
  /** The window title while tickets are breached or at risk. */
  titleWithCounts: 'Klok ({breached} breached, {atRisk} at risk)',
  /** The tray: its tooltip and menu. */
  trayBreachingToday: 'Klok: {count} tickets breach today',
  trayNothingToday: 'Klok: no ticket breaches today',
  trayOpen: 'Open Klok',
  /** macOS: the application menu. */
  about: 'About Klok',
  hide: 'Hide Klok',
  hideOthers: 'Hide others',
  showAll: 'Show all',
} as const;

export type MenuTextKey = keyof typeof en;

const nl: Record<MenuTextKey, string> = {
  file: '&Bestand',
  newTicket: 'Nieuwe melding…',
  startCall: 'Gesprek starten',
  importDesk: 'Desk importeren…',
  exportDesk: 'Desk exporteren…',
  backUpNow: 'Nu back-up maken',
  backups: 'Back-ups en terugzetten…',
  quit: 'Klok afsluiten',
  edit: 'Be&werken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',
  view: 'Beel&d',
  queue: 'Wachtrij op eerstvolgende overschrijding',
  byStatus: 'Per status',
  closed: 'Gesloten meldingen',
  search: 'Zoeken',
  reload: 'Opnieuw laden',
  devTools: 'Ontwikkelaarshulpmiddelen',
  fullScreen: 'Volledig scherm',
  window: '&Venster',
  minimize: 'Minimaliseren',
  zoom: 'Zoomen',
  close: 'Venster sluiten',
  openLinkQuestion: '{host} openen in je browser?',
  openLink: 'Openen in browser',
  cancel: 'Annuleren',
  importTooLarge: 'Klok kan {name} niet importeren: het bestand is {size} MB, meer dan de {limit} MB die een import mag zijn.',
  titleWithCounts: 'Klok ({breached} overschreden, {atRisk} in gevaar)',
  trayBreachingToday: 'Klok: {count} tickets overschrijden vandaag',
  trayNothingToday: 'Klok: vandaag overschrijdt geen ticket',
  trayOpen: 'Klok openen',
  about: 'Over Klok',
  hide: 'Klok verbergen',
  hideOthers: 'Andere verbergen',
  showAll: 'Alles tonen',
};

export const MAIN_TEXTS: Readonly<Record<AppLanguage, Readonly<Record<MenuTextKey, string>>>> = { en, nl };

/** The window title: plain "Klok", or with the breached and at-risk counts in the user's language. */
export function windowTitle(language: AppLanguage, breached: number, atRisk: number): string {
  if (breached + atRisk === 0) return 'Klok';
  return MAIN_TEXTS[language].titleWithCounts.replace('{breached}', String(breached)).replace('{atRisk}', String(atRisk));
}
