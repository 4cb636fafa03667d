import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IPC_CALL_NAMES } from '../../src-shared/ipc/ipc-channels';
import { ipcCalls, type IpcArg, type IpcCallName } from '../../src-shared/ipc/ipc-contract';
import { combineHandlers, registerHandlers, type HandlerMap } from './handler-map';

type Listener = Parameters<IpcMain['handle']>[1];

/**
 * An ipcMain stand-in that, unlike Electron's, accepts a second handler for a channel (the last
 * one wins): a duplicate can only be caught by Klok's own check.
 */
function fakeIpc() {
  const listeners = new Map<string, Listener>();
  const ipc: Pick<IpcMain, 'handle'> = {
    handle: (channel, listener) => {
      listeners.set(channel, listener);
    },
  };
  const call = async (channel: string, arg: unknown, url = 'file:///app/index.html'): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: { url } } as unknown as IpcMainInvokeEvent, arg);
  };
  return { ipc, call, channels: () => [...listeners.keys()] };
}

const deadline = { ticketId: 'a', ticketNumber: 'T-1', title: 't', timer: 'response', kind: 'breach', at: 1, message: 'm' } as const;

/** A valid argument for every call of the contract: a new call does not compile until it has one. */
const validArgs: { readonly [K in IpcCallName]: IpcArg<K> } = {
  'clock:set-deadlines': { deadlines: [deadline], breachedCount: 0, atRiskCount: 0, breachingTodayCount: 0 },
  'clock:set-notification-hours': { isLimited: true, from: '08:30', to: '17:00', isWeekdaysOnly: true, zone: 'Europe/Amsterdam' },
  'app:get-info': undefined,
  'app:set-language': { language: 'nl' },
  'app:get-open-at-login': undefined,
  'app:set-open-at-login': { isOn: true },
  'files:save-export': { suggestedName: 'desk.json', content: '{}' },
  'files:open-import': undefined,
  'files:print-pdf': { html: '<p>x</p>', suggestedName: 'invoice.pdf' },
  'files:take-opened': undefined,
  'backup:get-status': undefined,
  'backup:write': { name: 'klok-2026-11-30T02-00-00Z.klokbackup', content: '{}' },
  'backup:read': { name: 'klok-2026-11-30T02-00-00Z.klokbackup' },
  'backup:open-file': undefined,
  'backup:choose-folder': undefined,
  'backup:set-keep': { keep: 14 },
};

/** Handlers that record the argument they received, per domain as src-main/index.ts has them. */
function domainHandlers(received: Map<string, unknown>) {
  const clock = {
    'clock:set-deadlines': (arg) => {
      received.set('clock:set-deadlines', arg);
      return { scheduled: arg.deadlines.length };
    },
    'clock:set-notification-hours': (arg) => {
      received.set('clock:set-notification-hours', arg);
      return { isLimited: arg.isLimited };
    },
  } satisfies HandlerMap;
  const app = {
    'app:get-info': (arg) => {
      received.set('app:get-info', arg);
      return { version: '1', platform: 'linux', shell: 'electron' as const };
    },
    'app:set-language': (arg) => {
      received.set('app:set-language', arg);
      return arg;
    },
    'app:get-open-at-login': (arg) => {
      received.set('app:get-open-at-login', arg);
      return { isOn: false };
    },
    'app:set-open-at-login': (arg) => {
      received.set('app:set-open-at-login', arg);
      return arg;
    },
  } satisfies HandlerMap;
  const files = {
    'files:save-export': (arg) => {
      received.set('files:save-export', arg);
      return { isSaved: false, path: null };
    },
    'files:open-import': (arg) => {
      received.set('files:open-import', arg);
      return { content: null, name: null };
    },
    'files:print-pdf': (arg) => {
      received.set('files:print-pdf', arg);
      return { isSaved: false, path: null };
    },
    'files:take-opened': (arg) => {
      received.set('files:take-opened', arg);
      return { content: null, name: null, kind: null };
    },
  } satisfies HandlerMap;
  const status = { folder: '/backups', keep: 14, backups: [] };
  const backup = {
    'backup:get-status': (arg) => {
      received.set('backup:get-status', arg);
      return status;
    },
    'backup:write': (arg) => {
      received.set('backup:write', arg);
      return { path: `/backups/${arg.name}`, deleted: [] };
    },
    'backup:read': (arg) => {
      received.set('backup:read', arg);
      return { content: new Uint8Array() };
    },
    'backup:open-file': (arg) => {
      received.set('backup:open-file', arg);
      return { content: null, name: null };
    },
    'backup:choose-folder': (arg) => {
      received.set('backup:choose-folder', arg);
      return status;
    },
    'backup:set-keep': (arg) => {
      received.set('backup:set-keep', arg);
      return { ...status, keep: arg.keep };
    },
  } satisfies HandlerMap;
  return { clock, app, files, backup };
}

const isFileUrl = (url: string): boolean => url.startsWith('file://');

function registered() {
  const received = new Map<string, unknown>();
  const { clock, app, files, backup } = domainHandlers(received);
  const fake = fakeIpc();
  registerHandlers(fake.ipc, combineHandlers(clock, app, files, backup), isFileUrl);
  return { ...fake, received };
}

const objectCalls = IPC_CALL_NAMES.filter((name) => ipcCalls[name].arg instanceof z.ZodObject);
const noArgumentCalls = IPC_CALL_NAMES.filter((name) => !objectCalls.includes(name));

describe('combineHandlers', () => {
  it('combines the maps of several domains into one handler per call', () => {
    const { clock, app, files, backup } = domainHandlers(new Map());
    expect(Object.keys(combineHandlers(clock, app, files, backup)).sort()).toEqual([...IPC_CALL_NAMES].sort());
  });

  it('throws when two maps handle the same channel, naming it', () => {
    const { clock, app, files, backup } = domainHandlers(new Map());
    const alsoInfo = { 'app:get-info': () => ({ version: '2', platform: 'linux', shell: 'electron' as const }) } satisfies HandlerMap;
    expect(() => combineHandlers(clock, app, files, backup, alsoInfo)).toThrow(new Error('IPC channel app:get-info registered twice'));
  });
});

describe('registerHandlers', () => {
  it('has a valid argument and a handler for every call of the contract', () => {
    expect(Object.keys(validArgs).sort()).toEqual([...IPC_CALL_NAMES].sort());
    expect(Object.keys(ipcCalls).sort()).toEqual([...IPC_CALL_NAMES].sort());
    expect(registered().channels().sort()).toEqual([...IPC_CALL_NAMES].sort());
  });

  it.each(IPC_CALL_NAMES)('passes a valid argument of %s to its handler', async (name) => {
    const { call, received } = registered();
    await expect(call(name, validArgs[name])).resolves.toBeDefined();
    expect(received.has(name)).toBe(true);
    expect(received.get(name)).toStrictEqual(validArgs[name]);
  });

  it('answers with what the handler returns', async () => {
    const { call } = registered();
    await expect(call('clock:set-deadlines', validArgs['clock:set-deadlines'])).resolves.toEqual({ scheduled: 1 });
  });

  it('knows which calls take an object and which take nothing', () => {
    expect(objectCalls).toEqual([
      'clock:set-deadlines',
      'clock:set-notification-hours',
      'app:set-language',
      'app:set-open-at-login',
      'files:save-export',
      'files:print-pdf',
      'backup:write',
      'backup:read',
      'backup:set-keep',
    ]);
    expect(noArgumentCalls).toEqual([
      'app:get-info',
      'app:get-open-at-login',
      'files:open-import',
      'files:take-opened',
      'backup:get-status',
      'backup:open-file',
      'backup:choose-folder',
    ]);
  });

  it.each(objectCalls)('refuses %s with an extra field, naming the field, before the handler runs', async (name) => {
    const { call, received } = registered();
    const arg = { ...(validArgs[name] as object), isUrgent: true };
    await expect(call(name, arg)).rejects.toThrow(new Error(`${name}: isUrgent: unknown field`));
    expect(received.has(name)).toBe(false);
  });

  it.each(noArgumentCalls)('refuses %s with an argument, since it takes none', async (name) => {
    const { call, received } = registered();
    await expect(call(name, { isUrgent: true })).rejects.toThrow(new RegExp(`^${name}: \\(root\\): `));
    expect(received.has(name)).toBe(false);
  });

  it('refuses an extra field inside a deadline, naming its path', async () => {
    const { call } = registered();
    const arg = { deadlines: [{ ...deadline, snoozed: true }], breachedCount: 0, atRiskCount: 0, breachingTodayCount: 0 };
    await expect(call('clock:set-deadlines', arg)).rejects.toThrow(new Error('clock:set-deadlines: deadlines[0].snoozed: unknown field'));
  });

  it('rejects a bad argument naming the field', async () => {
    const { call } = registered();
    await expect(call('clock:set-deadlines', { deadlines: [{ ticketId: 'a' }], breachedCount: 0, atRiskCount: 0 })).rejects.toThrow(
      /^clock:set-deadlines: deadlines\[0\]\.ticketNumber: /,
    );
  });

  it('refuses a language Klok does not speak, naming the choices', async () => {
    const { call, received } = registered();
    await expect(call('app:set-language', { language: 'de' })).rejects.toThrow(/^app:set-language: language: /);
    expect(received.has('app:set-language')).toBe(false);
  });

  it('rejects calls from a frame that is not the Klok window', async () => {
    const { call, received } = registered();
    await expect(call('app:get-info', undefined, 'https://evil.example')).rejects.toThrow(/not the Klok window/);
    expect(received.has('app:get-info')).toBe(false);
  });

  it('refuses to register a channel twice on the same ipc by its own check, and then registers nothing', async () => {
    const { ipc, call, received } = registered();
    const again = domainHandlers(new Map());
    const second = combineHandlers(
      again.clock,
      { ...again.app, 'app:get-info': () => ({ version: 'second', platform: 'linux', shell: 'electron' as const }) },
      again.files,
      again.backup,
    );
    expect(() => registerHandlers(ipc, second, () => true)).toThrow(new Error('IPC channel clock:set-deadlines registered twice'));
    // The first handlers still answer: nothing of the refused map was registered.
    await expect(call('app:get-info', undefined)).resolves.toEqual({ version: '1', platform: 'linux', shell: 'electron' });
    expect(received.has('app:get-info')).toBe(true);
  });

  it('registers the same channels on another ipc', () => {
    registered();
    expect(() => registered()).not.toThrow();
  });
});
