import type { KlokBridge } from '../../src-shared/ipc/ipc-contract';
import type { Platform } from './platform';

/** The platform inside Electron: everything goes through the preload's typed bridge. */
export function electronPlatform(bridge: KlokBridge): Platform {
  return {
    kind: 'electron',
    setDeadlines(deadlines, counts) {
      void bridge.invoke('clock:set-deadlines', {
        deadlines: [...deadlines],
        breachedCount: counts.breached,
        atRiskCount: counts.atRisk,
        breachingTodayCount: counts.breachingToday,
      });
    },
    async saveExport(suggestedName, content) {
      return (await bridge.invoke('files:save-export', { suggestedName, content })).isSaved;
    },
    async printDocument(html, suggestedName) {
      return (await bridge.invoke('files:print-pdf', { html, suggestedName })).isSaved;
    },
    async openImport() {
      return (await bridge.invoke('files:open-import')).content;
    },
    setLanguage(language) {
      void bridge.invoke('app:set-language', { language });
    },
    onMenuCommand: (listener) => bridge.on('menu:command-changed', ({ command }) => listener(command)),
    onTimeChanged: (listener) => bridge.on('clock:time-changed', () => listener()),
    onDeadline: (listener) => bridge.on('clock:deadline-changed', ({ deadline }) => listener(deadline)),
    setNotificationHours(hours) {
      void bridge.invoke('clock:set-notification-hours', { ...hours });
    },
    onNotificationClick: (listener) => bridge.on('clock:notification-clicked', ({ ticketId }) => listener(ticketId)),
    onFileOpened(listener) {
      const take = () =>
        void bridge.invoke('files:take-opened').then(({ content, name, kind }) => {
          if (content && name && kind) listener({ bytes: content, name, kind });
        });
      take();
      return bridge.on('files:opened-changed', take);
    },
    openAtLogin: {
      get: async () => (await bridge.invoke('app:get-open-at-login')).isOn,
      set: async (isOn) => (await bridge.invoke('app:set-open-at-login', { isOn })).isOn,
    },
    backups: {
      kind: 'folder',
      status: () => bridge.invoke('backup:get-status'),
      async write(name, content) {
        await bridge.invoke('backup:write', { name, content });
      },
      read: async (name) => (await bridge.invoke('backup:read', { name })).content,
      async pickFile() {
        const { content, name } = await bridge.invoke('backup:open-file');
        return content && name ? { bytes: content, name } : null;
      },
      chooseFolder: () => bridge.invoke('backup:choose-folder'),
      setKeep: (keep) => bridge.invoke('backup:set-keep', { keep }),
    },
  };
}
