import { BrowserWindow, dialog } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DESK_FILE_EXTENSION } from '../../src-shared/ipc/ipc-contract';
import type { AppLanguage } from '../../src-shared/ipc/ipc-contract';
import { MAIN_TEXTS } from '../menu/menu-texts';
import { importSizeProblem } from './import-limit';

/** Save dialog for a desk export; the content comes from the renderer, already serialised. */
export async function saveExport(win: BrowserWindow, suggestedName: string, content: string): Promise<{ isSaved: boolean; path: string | null }> {
  const filter = suggestedName.endsWith('.csv')
    ? { name: 'CSV', extensions: ['csv'] }
    : { name: 'Klok desk', extensions: [DESK_FILE_EXTENSION.slice(1), 'json'] };
  const result = await dialog.showSaveDialog(win, { defaultPath: suggestedName, filters: [filter] });
  if (result.canceled || !result.filePath) return { isSaved: false, path: null };
  await writeFile(result.filePath, content, 'utf8');
  return { isSaved: true, path: result.filePath };
}

/**
 * Open dialog for a desk import; validation happens in the renderer's import, field by field. A
 * file above the import limit (`MAX_IMPORT_BYTES`) is not read: main says so in a dialog, in the
 * user's language, and the import ends as if cancelled.
 */
export async function openImport(win: BrowserWindow, language: AppLanguage): Promise<{ content: Uint8Array<ArrayBuffer> | null; name: string | null }> {
  const result = await dialog.showOpenDialog(win, {
    properties: ['openFile'],
    filters: [{ name: 'Klok desk', extensions: [DESK_FILE_EXTENSION.slice(1), 'json'] }],
  });
  const file = result.filePaths[0];
  if (result.canceled || !file) return { content: null, name: null };
  const tooLarge = importSizeProblem((await stat(file)).size);
  if (tooLarge) {
    const message = MAIN_TEXTS[language].importTooLarge
      .replace('{name}', basename(file))
      .replace('{size}', String(tooLarge.sizeMb))
      .replace('{limit}', String(tooLarge.limitMb));
    await dialog.showMessageBox(win, { type: 'error', message });
    return { content: null, name: null };
  }
  // The bytes as they are: the renderer decodes them strictly (a file that is not UTF-8 is refused).
  return { content: new Uint8Array(await readFile(file)), name: basename(file) };
}

/**
 * Prints an HTML document (an invoice specification) to a PDF file: loaded in a hidden window
 * without scripts that cannot navigate anywhere, printed on A4 as its CSS says (page numbers in the page margins), saved where
 * the user says.
 */
export async function printPdf(win: BrowserWindow, html: string, suggestedName: string): Promise<{ isSaved: boolean; path: string | null }> {
  const printer = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
  // The document stays what it is: no navigation (a meta refresh included), no redirect, no window.
  printer.webContents.on('will-navigate', (event) => event.preventDefault());
  printer.webContents.on('will-redirect', (event) => event.preventDefault());
  printer.webContents.on('will-frame-navigate', (event) => event.preventDefault());
  printer.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const result = await dialog.showSaveDialog(win, { defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (result.canceled || !result.filePath) return { isSaved: false, path: null };
    await writeFile(result.filePath, pdf);
    return { isSaved: true, path: result.filePath };
  } finally {
    printer.destroy();
  }
}
