import { onDemand } from './ui/on-demand';

/**
 * The views and dialogs that are not on the first screen, each loaded as its own chunk: the board's
 * first screen waits only for the script it needs (issue 7). The chunks come with the page at low
 * priority (preloadLazyChunks in electron.vite.config.ts), so a desk opened once works offline;
 * each is imported when first drawn, the dialogs at once (they are always mounted).
 */
export const PoliciesView = onDemand(() => import('./features/policies/policies-view').then((m) => m.PoliciesView), 'loading');
export const PhoneLogView = onDemand(() => import('./features/phone/phone-log-view').then((m) => m.PhoneLogView), 'loading');
export const TeamLeadView = onDemand(() => import('./features/teamlead/team-lead-view').then((m) => m.TeamLeadView), 'loading');
export const ConsultancyView = onDemand(() => import('./features/consultancy/consultancy-view').then((m) => m.ConsultancyView), 'loading');
export const ClosedTicketsView = onDemand(() => import('./features/tickets/closed-tickets-view').then((m) => m.ClosedTicketsView), 'loading');
export const CustomersDialog = onDemand(() => import('./features/desk/customers-dialog').then((m) => m.CustomersDialog), 'none');
export const DeskDataDialog = onDemand(() => import('./features/desk/desk-data-dialog').then((m) => m.DeskDataDialog), 'none');
export const BackupDialog = onDemand(() => import('./features/backup/backup-dialog').then((m) => m.BackupDialog), 'none');
export const SettingsDialog = onDemand(() => import('./features/notifications/settings-dialog').then((m) => m.SettingsDialog), 'none');
export const SyncDialog = onDemand(() => import('./features/sync/sync-dialog').then((m) => m.SyncDialog), 'none');
