import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILE = 'klok.desktop';

/**
 * The autostart entry (freedesktop.org Desktop Application Autostart) that starts Klok when the
 * user logs in on Linux. The program is quoted as the Exec key wants: `"`, `` ` ``, `$` and `\`
 * escaped with a backslash inside the quotes, then every backslash doubled for the file's string.
 */
export function autostartEntry(exec: string): string {
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`.replaceAll('\\', '\\\\');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Klok',
    'Comment=Service desk with SLA clocks',
    `Exec=${quoted}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Whether the autostart folder holds Klok's entry. */
export async function hasAutostart(autostartDir: string): Promise<boolean> {
  try {
    return (await readFile(join(autostartDir, FILE), 'utf8')).includes('X-GNOME-Autostart-enabled=true');
  } catch {
    return false;
  }
}

/** Writes Klok's entry into the autostart folder, or removes it. */
export async function setAutostart(autostartDir: string, exec: string, isOn: boolean): Promise<boolean> {
  const file = join(autostartDir, FILE);
  if (isOn) {
    await mkdir(autostartDir, { recursive: true });
    await writeFile(file, autostartEntry(exec), 'utf8');
  } else {
    await rm(file, { force: true });
  }
  return hasAutostart(autostartDir);
}
