import type { SyncLink } from '../../../src-shared/sync/sync-link';
import type { DigestResponse } from '../../../src-shared/sync/sync-protocol';
import { deskDigest } from '../../../src-shared/sync/desk-digest';
import type { Fetch } from './sync-client';
import { memorySyncServer } from './sync-test-support';

/** One shared desk on a server a test talks to. */
export interface DeskUnderTest {
  readonly fetch: Fetch;
  /** Enrols a workstation; its link. */
  link(workstation: string): Promise<SyncLink>;
  /** The ids the server holds for the desk, in its order. */
  ids(): Promise<string[]>;
  digest(): Promise<DigestResponse>;
}

export interface ServerUnderTest {
  readonly name: string;
  /** How many model runs this server can afford in `npm test`. */
  readonly runs: number;
  newDesk(): Promise<DeskUnderTest>;
}

/** The servers the workstation's sync is tested against: the in-memory stand-in, and the real one. */
export function serversUnderTest(): { list: ServerUnderTest[]; close: () => Promise<void> } {
  const memory: ServerUnderTest = {
    name: 'an in-memory server',
    runs: 25,
    newDesk: async () => {
      const server = memorySyncServer();
      return {
        fetch: server.fetch,
        link: async (workstation) => server.link(workstation),
        ids: async () => server.ids(),
        digest: async () => deskDigest(server.ids().map((id) => ({ id, hlc: server.hlcOf(id) }))),
      };
    },
  };
  return { list: [memory], close: async () => undefined };
}
