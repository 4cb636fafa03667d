import { dialog, shell, type BrowserWindow } from 'electron';
import type { AppLanguage } from '../../src-shared/ipc/ipc-contract';
import { MAIN_TEXTS } from '../menu/menu-texts';
import { externalLink } from '../security/navigation';

/**
 * Offers a link to the system browser: only http(s) (`externalLink`), and only after the user
 * agreed in a dialog that names the host (decision 14). Anything else is dropped.
 */
export async function offerExternalLink(win: BrowserWindow, url: string, language: AppLanguage): Promise<boolean> {
  const link = externalLink(url);
  if (!link) return false;
  const t = MAIN_TEXTS[language];
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: [t.openLink, t.cancel],
    defaultId: 1,
    cancelId: 1,
    message: t.openLinkQuestion.replace('{host}', link.host),
    detail: link.url,
  });
  if (response !== 0) return false;
  await shell.openExternal(link.url);
  return true;
}
