import { queryOptions } from '@tanstack/react-query';
import type { KlokDB } from '../../db/klok-db';
import { readSyncLink } from '../../store/sync-store';

export const syncKeys = {
  all: ['sync'] as const,
  link: () => [...syncKeys.all, 'link'] as const,
};

/** The shared desk this workstation belongs to (without its token), or null. */
export const syncLinkQuery = (db: KlokDB) =>
  queryOptions({
    queryKey: syncKeys.link(),
    queryFn: async () => {
      const link = await readSyncLink(db);
      return link ? { serverUrl: link.serverUrl, deskName: link.deskName, deskId: link.deskId, workstation: link.workstation } : null;
    },
  });
