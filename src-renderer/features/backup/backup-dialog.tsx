import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Backup } from '../../../src-shared/backup/backup-file';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { formatLocalTime } from '../../ui/format';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toasts';
import { NumberField } from '../consultancy/form-fields';
import { useBackUpNow, useBackupSettings, useCheckBackup, useRestoreBackup } from './mutations';
import { backupStatusQuery, lastBackupQuery, storageQuery } from './queries';

/**
 * Backups and restore: when the last backup was made, where they go and how many are kept (the
 * desktop app), "Back up now", the storage the browser engine grants; a restore picks a backup,
 * checks it in a scratch database and shows what it holds before the desk is replaced.
 */
export function BackupDialog({ isOpen, onClose, openedFile }: { isOpen: boolean; onClose: () => void; openedFile: Uint8Array | null }) {
  const { t } = useI18n();
  return (
    <Modal title={t('backup.title')} isOpen={isOpen} onClose={onClose}>
      <BackupSettingsPart />
      <RestorePart onRestored={onClose} openedFile={openedFile} />
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('backup.close')}
        </button>
      </div>
    </Modal>
  );
}

function BackupSettingsPart() {
  const { t, locale } = useI18n();
  const { db, platform } = useDeskServices();
  const status = useQuery(backupStatusQuery(platform.backups));
  const last = useQuery(lastBackupQuery(db));
  const storage = useQuery(storageQuery());
  const backUp = useBackUpNow();
  const { chooseFolder, setKeep } = useBackupSettings();
  const [keep, setKeepText] = useState<string | null>(null);
  const toast = useToast();
  const lastAt = last.data?.lastBackupAt ?? null;
  const megabytes = (bytes: number) => (bytes / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 });
  return (
    <section aria-label={t('backup.making')}>
      <p>{lastAt === null ? t('backup.never') : t('backup.last', { at: formatLocalTime(lastAt, locale) })}</p>
      {platform.backups.kind === 'folder' && status.data ? (
        <>
          <p>{t('backup.folder', { folder: status.data.folder })}</p>
          <button type="button" onClick={() => chooseFolder.mutate()}>
            {t('backup.chooseFolder')}
          </button>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              setKeep.mutate(Number(keep ?? status.data?.keep), { onSuccess: () => setKeepText(null) });
            }}
          >
            <NumberField label={t('backup.keep')} value={keep ?? String(status.data.keep)} onChange={setKeepText} min={1} max={365} />
            <button type="submit">{t('backup.saveKeep')}</button>
          </form>
          <ErrorMessage error={setKeep.error ?? chooseFolder.error} />
        </>
      ) : (
        <p className="muted">{t('backup.downloads')}</p>
      )}
      <button type="button" disabled={backUp.isPending} onClick={() => backUp.mutate('manual', { onSuccess: (name) => toast(t('backup.made', { name })) })}>
        {t('backup.now')}
      </button>
      <ErrorMessage error={backUp.error}>{t('backup.notMade')}</ErrorMessage>
      {storage.data ? (
        <p className="muted">
          {storage.data.isPersistent === null ? null : t(storage.data.isPersistent ? 'backup.persistent' : 'backup.notPersistent')}{' '}
          {storage.data.usedBytes !== null && storage.data.quotaBytes !== null
            ? t('backup.space', { used: megabytes(storage.data.usedBytes), quota: megabytes(storage.data.quotaBytes) })
            : null}
        </p>
      ) : null}
    </section>
  );
}

function RestorePart({ onRestored, openedFile }: { onRestored: () => void; openedFile: Uint8Array | null }) {
  const { t, locale } = useI18n();
  const { platform } = useDeskServices();
  const status = useQuery(backupStatusQuery(platform.backups));
  const check = useCheckBackup();
  const restore = useRestoreBackup();
  const toast = useToast();
  const [checked, setChecked] = useState<Backup | null>(null);
  const inspect = (source: { name: string } | { bytes: Uint8Array }) => {
    setChecked(null);
    restore.reset();
    check.mutate(source, { onSuccess: setChecked });
  };
  // A backup opened from the file manager: checked and previewed at once.
  useEffect(() => {
    if (openedFile) inspect({ bytes: openedFile });
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- inspect is new every render; only a new file is news
  }, [openedFile]);
  const pick = () => {
    void platform.backups.pickFile().then((file) => file && inspect({ bytes: file.bytes }));
  };
  return (
    <section aria-labelledby="restore-heading">
      <h3 id="restore-heading">{t('backup.restore')}</h3>
      {(status.data?.backups.length ?? 0) > 0 ? (
        <table aria-label={t('backup.list')}>
          <thead>
            <tr>
              <th scope="col">{t('backup.col.made')}</th>
              <th scope="col">{t('backup.col.size')}</th>
              <th scope="col">{t('backup.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {status.data?.backups.map((b) => (
              <tr key={b.name}>
                <th scope="row">{formatLocalTime(b.createdAt, locale)}</th>
                <td>{(b.bytes / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB</td>
                <td>
                  <button
                    type="button"
                    onClick={() => inspect({ name: b.name })}
                    aria-label={t('backup.checkOf', { at: formatLocalTime(b.createdAt, locale) })}
                  >
                    {t('backup.check')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button type="button" onClick={pick}>
        {t('backup.fromFile')}
      </button>
      {check.isPending ? <p className="muted">{t('backup.checking')}</p> : null}
      <ErrorMessage error={check.error}>{t('backup.refused')}</ErrorMessage>
      {checked ? (
        <section aria-label={t('backup.preview')} className="backup-preview">
          <p>
            {t('backup.previewOf', {
              desk: checked.manifest.deskName ?? t('backup.unnamedDesk'),
              at: formatLocalTime(Date.parse(checked.manifest.createdAt), locale),
            })}
          </p>
          <dl>
            <dt>{t('backup.count.tickets')}</dt>
            <dd>{checked.manifest.counts.tickets}</dd>
            <dt>{t('backup.count.calls')}</dt>
            <dd>{checked.manifest.counts.calls}</dd>
            <dt>{t('backup.count.engagements')}</dt>
            <dd>{checked.manifest.counts.engagements}</dd>
            <dt>{t('backup.count.events')}</dt>
            <dd>{checked.manifest.counts.events}</dd>
            <dt>{t('backup.newest')}</dt>
            <dd>{checked.manifest.newestEventAt ? formatLocalTime(Date.parse(checked.manifest.newestEventAt), locale) : '—'}</dd>
          </dl>
          <p>{t('backup.verified')}</p>
          <p className="muted">{t('backup.keptBefore')}</p>
          <div className="button-row">
            <button
              type="button"
              disabled={restore.isPending}
              onClick={() =>
                restore.mutate(checked, {
                  onSuccess: (tickets) => {
                    toast(t('backup.restored', { tickets }));
                    setChecked(null);
                    onRestored();
                  },
                })
              }
            >
              {t('backup.replace')}
            </button>
            <button type="button" onClick={() => setChecked(null)}>
              {t('backup.cancel')}
            </button>
          </div>
        </section>
      ) : null}
      <ErrorMessage error={restore.error}>{t('backup.notRestored')}</ErrorMessage>
    </section>
  );
}
