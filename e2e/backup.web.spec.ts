import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import type { DeskPage } from './pages/desk-page';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';

/** Waits for the download `act` starts and keeps it at a path of the test's own. */
async function downloaded(page: Page, path: string, act: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), act()]);
  await download.saveAs(path);
  return download;
}

/** Restores from a file the user picks: the dialog's "Restore from a file…", the browser's file chooser. */
async function pickBackup(page: Page, path: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Restore from a file…' }).click()]);
  await chooser.setFiles(path);
}

/** Monday 09:00: a desk with one ticket (T-1001, "Login fails"), and the Backups dialog open. */
async function openBackupsWithOneTicket(desk: DeskPage, startAt: (iso: string) => Promise<void>): Promise<void> {
  await startAt(MONDAY_0900);
  await desk.open();
  await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
  await desk.registerTicket({ title: 'Login fails' });
  await desk.page.getByRole('button', { name: 'Backups' }).click();
}

test.describe('backups', () => {
  test('back up, change the desk, restore: the earlier desk is back and its numbers are not handed out again', async ({ desk, startAt, page }, info) => {
    const backupPath = info.outputPath('backup.klokbackup');
    const beforeRestorePath = info.outputPath('before-restore.klokbackup');
    await test.step('Arrange: one ticket, backed up; then a second ticket', async () => {
      await openBackupsWithOneTicket(desk, startAt);
      const dialog = page.getByRole('dialog', { name: 'Backups' });
      await expect(dialog).toContainText('No backup made on this workstation yet.');
      const download = await downloaded(page, backupPath, () => dialog.getByRole('button', { name: 'Back up now' }).click());
      expect(download.suggestedFilename()).toBe('klok-2026-03-02T08-00-00Z.klokbackup');
      await expect(dialog).toContainText('Last backup:');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await desk.registerTicket({ title: 'Printer jams' });
      await expect(desk.row('T-1002')).toBeVisible();
    });
    await test.step('Act: restore the backup — preview first, then replace', async () => {
      await page.getByRole('button', { name: 'Backups' }).click();
      await pickBackup(page, backupPath);
      const preview = page.getByRole('region', { name: 'Backup to restore' });
      await expect(preview).toContainText('Checked: the backup is whole and restores to what it says.');
      await expect(preview.getByRole('definition').first()).toHaveText('1');
      await downloaded(page, beforeRestorePath, () => preview.getByRole('button', { name: 'Replace this desk with the backup' }).click());
    });
    await test.step('Assert: the desk as backed up, the desk before the restore kept, and the next number is new', async () => {
      await expect(desk.messages).toContainText('Backup restored: 1 tickets.');
      await expect(desk.row('T-1001')).toBeVisible();
      await expect(desk.row('T-1002')).toHaveCount(0);
      const kept = JSON.parse(await readFile(beforeRestorePath, 'utf8')) as { counts: { tickets: number } };
      expect(kept.counts.tickets).toBe(2);
      await desk.registerTicket({ title: 'Scanner offline' });
      await expect(desk.row('T-1003')).toBeVisible();
    });
  });

  test('a damaged backup is refused with the reason, and nothing changes', async ({ desk, startAt, page }, info) => {
    const path = info.outputPath('backup.klokbackup');
    await openBackupsWithOneTicket(desk, startAt);
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await downloaded(page, path, () => dialog.getByRole('button', { name: 'Back up now' }).click());
    await writeFile(path, (await readFile(path, 'utf8')).replace('Login fails', 'Login works'));
    await pickBackup(page, path);
    await expect(dialog.getByRole('alert')).toContainText('Not restored: Backup: is damaged: its contents do not match its checksum');
    await expect(dialog.getByRole('region', { name: 'Backup to restore' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(desk.row('T-1001')).toBeVisible();
  });
});
