/**
 * The only bridge between the sandboxed renderer and main: typed `invoke` and `on` over the
 * channels of the IPC contract. Channel names are checked here too, so a compromised renderer
 * cannot reach any other channel. Emitted as CommonJS (sandboxed preloads must be).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_NAMES, IPC_PUSH_NAMES, type IpcCallName, type IpcPushName } from '../../src-shared/ipc/ipc-channels';
import type { IpcPayload, KlokBridge } from '../../src-shared/ipc/ipc-contract';

const calls = new Set<string>(IPC_CALL_NAMES);
const pushes = new Set<string>(IPC_PUSH_NAMES);

const bridge = {
  invoke(channel: IpcCallName, ...arg: unknown[]) {
    if (!calls.has(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, arg[0]);
  },
  on<K extends IpcPushName>(channel: K, listener: (payload: IpcPayload<K>) => void) {
    if (!pushes.has(channel)) throw new Error(`unknown channel ${String(channel)}`);
    // The event object is stripped: the renderer never sees sender or ports.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as IpcPayload<K>);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
} satisfies KlokBridge;

contextBridge.exposeInMainWorld('klok', bridge);
