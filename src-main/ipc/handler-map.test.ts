import { describe, expect, it } from 'vitest';
import { registerHandlers, type Handlers } from './handler-map';

type Listener = (event: { senderFrame: { url: string } }, arg: unknown) => Promise<unknown>;

function fakeIpc() {
  const listeners = new Map<string, Listener>();
  return {
    handle: (channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
    call: (channel: string, arg: unknown, url = 'file:///app/index.html') => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame: { url } }, arg);
    },
  };
}

const handlers: Handlers = {
  'clock:set-deadlines': ({ deadlines }) => ({ scheduled: deadlines.length }),
  'app:get-info': () => ({ version: '1', platform: 'linux', shell: 'electron' }),
  'files:save-export': () => ({ isSaved: false, path: null }),
  'files:open-import': () => ({ content: null, name: null }),
};

describe('registerHandlers', () => {
  const ipc = fakeIpc();
  registerHandlers(ipc as never, handlers, (url) => url.startsWith('file://'));

  it('passes a valid argument to its handler', async () => {
    const deadline = { ticketId: 'a', ticketNumber: 'T-1', title: 't', timer: 'response', kind: 'breach', at: 1, message: 'm' };
    await expect(ipc.call('clock:set-deadlines', { deadlines: [deadline], breachedCount: 0, atRiskCount: 0 })).resolves.toEqual({ scheduled: 1 });
  });
  it('rejects a bad argument naming the field', async () => {
    await expect(ipc.call('clock:set-deadlines', { deadlines: [{ ticketId: 'a' }], breachedCount: 0, atRiskCount: 0 })).rejects.toThrow(/clock:set-deadlines: deadlines\.0\.ticketNumber/);
  });
  it('rejects calls from a frame that is not the Klok window', async () => {
    await expect(ipc.call('app:get-info', undefined, 'https://evil.example')).rejects.toThrow(/not the Klok window/);
  });
  it('refuses to register a channel twice', () => {
    expect(() => registerHandlers(ipc as never, handlers, () => true)).toThrow(/second handler/);
  });
});
