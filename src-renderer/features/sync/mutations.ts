import { useMutation, useQueryClient } from '@tanstack/react-query';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { joinSharedDesk, leaveSharedDesk, localDigest, readSyncLink } from '../../store/sync-store';
import { joinDesk } from '../../store/write-events';
import { InputError } from '../../../src-shared/validation/issues';
import { normaliseServerUrl } from './sync-client';
import { syncKeys } from './queries';
import { useSync } from './sync-provider';

export interface JoinInput {
  readonly serverUrl: string;
  readonly code: string;
  readonly name: string;
}

/**
 * Enrols this workstation with the code the desk's admin gave and shares its desk: whatever it
 * already holds is pushed, then the shared desk is pulled.
 */
export function useJoinSharedDesk() {
  const { db, plans, actor } = useDeskServices();
  const { engine, client } = useSync();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: JoinInput) => {
      const serverUrl = normaliseServerUrl(input.serverUrl);
      if (input.code.trim() === '') throw new InputError([{ field: 'code', reason: 'must not be empty', code: 'sync.code_required' }]);
      const who = actor();
      // The workstation joins its own desk first, so it has a code for its ticket numbers.
      const ownCode = await joinDesk(db, plans, who, now());
      const enrolled = await client.enrol(serverUrl, {
        code: input.code.trim(),
        workstation: who.workstation,
        name: input.name.trim() || who.workstation,
        ticketCode: ownCode,
      });
      await joinSharedDesk(
        db,
        { serverUrl, deskId: enrolled.deskId, deskName: enrolled.deskName, workstation: enrolled.workstation, token: enrolled.token },
        { code: enrolled.ticketCode, actor: who, plans, now: now() },
      );
      engine.start();
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: syncKeys.all }),
  });
}

/** Leaves the shared desk; the workstation keeps its copy of every event. */
export function useLeaveSharedDesk() {
  const { db } = useDeskServices();
  const { engine } = useSync();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await leaveSharedDesk(db);
      engine.start();
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: syncKeys.all }),
  });
}

/** Compares this workstation's digest with the server's: the days that differ, or none. */
export function useCompareDigests() {
  const { db } = useDeskServices();
  const { client } = useSync();
  return useMutation({
    mutationFn: async () => {
      const link = await readSyncLink(db);
      if (!link) return null;
      const [mine, server] = await Promise.all([localDigest(db), client.digest(link)]);
      const serverDays = new Map(server.days.map((d) => [d.day, d]));
      const days = new Set([...mine.days.map((d) => d.day), ...server.days.map((d) => d.day)]);
      const mineDays = new Map(mine.days.map((d) => [d.day, d]));
      const differing = [...days].filter((day) => mineDays.get(day)?.hash !== serverDays.get(day)?.hash).sort();
      return { isSame: mine.digest === server.digest, digest: mine.digest, differing, count: mine.count, serverCount: server.count };
    },
  });
}
