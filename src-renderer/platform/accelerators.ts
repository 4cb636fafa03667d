/** The keys of a key event that an accelerator compares. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Whether a key press is an Electron accelerator such as `CmdOrCtrl+Shift+P` (the web target has
 * no menu, so it catches the menu's shortcuts in the page). `CmdOrCtrl` accepts either key, so
 * the same shortcut works on macOS and elsewhere; every modifier not named must be up.
 */
export function matchesAccelerator(accelerator: string, press: KeyPress): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()?.toLowerCase() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantsCtrlOrCmd = mods.has('cmdorctrl') || mods.has('commandorcontrol');
  const ctrlOrCmd = wantsCtrlOrCmd ? press.ctrlKey || press.metaKey : !press.ctrlKey && !press.metaKey;
  return ctrlOrCmd && press.shiftKey === mods.has('shift') && press.altKey === mods.has('alt') && press.key.toLowerCase() === key;
}

/** An Electron accelerator as `aria-keyshortcuts` says it: `CmdOrCtrl+Shift+P` → `Control+Shift+P Meta+Shift+P`. */
export function ariaShortcut(accelerator: string): string {
  return accelerator.startsWith('CmdOrCtrl+') ? ['Control', 'Meta'].map((m) => accelerator.replace('CmdOrCtrl', m)).join(' ') : accelerator;
}
