/** The main window's last size and position, as kept in `window-state.json` under userData. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly isMaximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Reads saved state, falling back to the default for anything missing or implausible. */
export function parseWindowState(text: string | null): WindowState {
  if (!text) return DEFAULT_WINDOW_STATE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE;
  const r = raw as Record<string, unknown>;
  const width = isInt(r['width']) && r['width'] >= 480 && r['width'] <= 10_000 ? r['width'] : DEFAULT_WINDOW_STATE.width;
  const height = isInt(r['height']) && r['height'] >= 360 && r['height'] <= 10_000 ? r['height'] : DEFAULT_WINDOW_STATE.height;
  const position = isInt(r['x']) && isInt(r['y']) ? { x: r['x'], y: r['y'] } : {};
  return { ...position, width, height, isMaximized: r['isMaximized'] === true };
}

/** Whether a saved position is still on one of the displays (monitors get unplugged). */
export function isVisibleOn(state: WindowState, displays: readonly { x: number; y: number; width: number; height: number }[]): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const { x, y } = state;
  return displays.some((d) => x + 50 >= d.x && y >= d.y && x + 50 <= d.x + d.width && y + 50 <= d.y + d.height);
}
