import type { IpcMain } from 'electron';
import type { z } from 'zod';
import { ipcCalls, type IpcCallName, type IpcResult } from '../../src-shared/ipc/ipc-contract';
import { issuesFromZod, issuesText } from '../../src-shared/validation/issues';

/** One handler per call of the contract, typed by it. */
export type Handlers = {
  [K in IpcCallName]: (arg: z.output<(typeof ipcCalls)[K]['arg']>) => Promise<IpcResult<K>> | IpcResult<K>;
};

/** One domain's handlers (clock, app, files, …): some calls of the contract, each typed by it. */
export type HandlerMap = Partial<Handlers>;

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void ? I : never;

/** The handlers of several domain maps together; `registerHandlers` takes it only when every call is handled. */
export type CombinedHandlers<M extends readonly HandlerMap[]> = UnionToIntersection<M[number]>;

/**
 * Combines the handler maps of several domains into one. Channel names are global: a channel
 * that two maps handle throws `IPC channel X registered twice`.
 */
export function combineHandlers<const M extends readonly HandlerMap[]>(...maps: M): CombinedHandlers<M> {
  const combined: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(combined, name)) throw new Error(`IPC channel ${name} registered twice`);
      combined[name] = handler;
    }
  }
  return combined as CombinedHandlers<M>;
}

type IpcLike = Pick<IpcMain, 'handle'>;

/** The channels registered on each ipc object, so registering one twice throws here, whatever the ipc does. */
const registeredOn = new WeakMap<IpcLike, Set<string>>();

/**
 * Registers the handlers with ipcMain. Every argument is validated with the contract's schema
 * before the handler runs; a bad one is rejected naming each field and its reason, as everywhere
 * else (`deadlines[0].snoozed: unknown field`). Registering a channel twice on the same ipc
 * throws, before anything is registered.
 */
export function registerHandlers(ipc: IpcLike, handlers: Handlers, isTrustedSender: (url: string) => boolean): void {
  const names = Object.keys(handlers) as IpcCallName[];
  const registered = registeredOn.get(ipc) ?? new Set<string>();
  for (const name of names) {
    if (registered.has(name)) throw new Error(`IPC channel ${name} registered twice`);
  }
  registeredOn.set(ipc, registered);
  for (const name of names) {
    registered.add(name);
    const schema = ipcCalls[name].arg as z.ZodType;
    const handler = handlers[name] as (arg: unknown) => unknown;
    ipc.handle(name, async (event, arg: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) throw new Error(`${name}: sender ${url} is not the Klok window`);
      const parsed = schema.safeParse(arg);
      if (!parsed.success) throw new Error(`${name}: ${issuesText(issuesFromZod('', parsed.error))}`);
      return handler(parsed.data);
    });
  }
}
