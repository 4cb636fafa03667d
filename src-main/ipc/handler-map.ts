import type { IpcMain } from 'electron';
import { ipcCalls, type IpcCallName, type IpcResult } from '../../src-shared/ipc/ipc-contract';
import type { z } from 'zod';

/** One handler per call of the contract, typed by it. */
export type Handlers = {
  [K in IpcCallName]: (arg: z.output<(typeof ipcCalls)[K]['arg']>) => Promise<IpcResult<K>> | IpcResult<K>;
};

/**
 * Registers the handlers with ipcMain. Every argument is validated with the contract's schema
 * before the handler runs; a bad one is rejected with the field and the reason. Registering a
 * channel twice throws.
 */
export function registerHandlers(ipc: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrustedSender: (url: string) => boolean): void {
  const registered = new Set<string>();
  for (const name of Object.keys(handlers) as IpcCallName[]) {
    if (registered.has(name)) throw new Error(`IPC channel ${name} registered twice`);
    registered.add(name);
    const schema = ipcCalls[name].arg as z.ZodType;
    const handler = handlers[name] as (arg: unknown) => unknown;
    ipc.handle(name, async (event, arg: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) throw new Error(`${name}: sender ${url} is not the Klok window`);
      const parsed = schema.safeParse(arg);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${name}: ${issue ? `${issue.path.join('.') || 'argument'}: ${issue.message}` : 'invalid argument'}`);
      }
      return handler(parsed.data);
    });
  }
}
