import type { SyncLink } from '../../../src-shared/sync/sync-link';
import type { DigestResponse } from '../../../src-shared/sync/sync-protocol';
import { deskDigest } from '../../../src-shared/sync/desk-digest';
import type { Fetch } from './sync-client';
import { memorySyncServer } from './sync-test-support';

/** One shared desk on a server a test talks to. */
export interface DeskUnderTest {
  readonly fetch: Fetch;
  /** Enrols a workstation that numbers with `ticketCode` so far; its link and the code the server leased it. */
  enrol(workstation: string, ticketCode: string): Promise<{ link: SyncLink; ticketCode: string }>;
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

/**
 * The real server, loaded at run time: src-server is a Node project of its own, so the renderer's
 * TypeScript project must not follow the import (the shape is checked here, by ServerUnderTest).
 */
async function realServer(): Promise<ServerUnderTest & { close(): Promise<void> }> {
  const path = '../../../src-server/server-under-test';
  const module = (await import(/* @vite-ignore */ path)) as { pgliteServerUnderTest(): Promise<ServerUnderTest & { close(): Promise<void> }> };
  return module.pgliteServerUnderTest();
}

/** The servers the workstation's sync is tested against: the in-memory stand-in, and the real one on PGlite. */
export async function serversUnderTest(): Promise<{ list: ServerUnderTest[]; close: () => Promise<void> }> {
  const memory: ServerUnderTest = {
    name: 'an in-memory server',
    runs: 25,
    newDesk: async () => {
      const server = memorySyncServer();
      return {
        fetch: server.fetch,
        enrol: async (workstation, ticketCode) => ({ link: server.link(workstation), ticketCode: server.lease(workstation, ticketCode) }),
        ids: async () => server.ids(),
        digest: async () => deskDigest(server.ids().map((id) => ({ id, hlc: server.hlcOf(id) }))),
      };
    },
  };
  const real = await realServer();
  return { list: [memory, real], close: () => real.close() };
}
