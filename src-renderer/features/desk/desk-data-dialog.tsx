import { useEffect, useState, type ChangeEvent } from 'react';
import type { DeskFileContents } from '../../../src-shared/desk/read-desk-file';
import { DESK_FILE_EXTENSION } from '../../../src-shared/ipc/ipc-contract';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toasts';
import { useQuery } from '@tanstack/react-query';
import { useCheckDeskFile, useExportDesk, useImportDesk, useSetAtRiskPercent } from './mutations';
import { atRiskQuery } from './queries';

/**
 * Export the whole desk to a file, or import one. A chosen file is read and checked at once: the
 * dialog says what it holds, or refuses it with the field and the reason. An import replaces the
 * desk, so it asks once more before it writes; nothing changes until then.
 */
export function DeskDataDialog({
  isOpen,
  onClose,
  openedFile = null,
}: {
  isOpen: boolean;
  onClose: () => void;
  /** A desk file opened from the file manager: asked to import at once (give the dialog a new key for each). */
  openedFile?: { readonly name: string; readonly bytes: Uint8Array } | null;
}) {
  const { t, locale } = useI18n();
  const { platform, db } = useDeskServices();
  const atRisk = useQuery(atRiskQuery(db));
  const setAtRisk = useSetAtRiskPercent();
  const [percent, setPercent] = useState<string | null>(null);
  const shownPercent = percent ?? (atRisk.data === null || atRisk.data === undefined ? '' : String(Math.round(atRisk.data * 100)));
  const exportDesk = useExportDesk();
  const importDesk = useImportDesk();
  const checkFile = useCheckDeskFile();
  const toast = useToast();
  // The checked file waiting for the agent's confirmation.
  const [pending, setPending] = useState<{ name: string; file: DeskFileContents } | null>(null);
  const check = (name: string, bytes: Uint8Array) => {
    importDesk.reset();
    setPending(null);
    checkFile.mutate(bytes, { onSuccess: (file) => setPending({ name, file }) });
  };
  // A file opened from the file manager is checked at once, as the import to confirm (the dialog is keyed by it).
  const { mutate: checkOpened } = checkFile;
  useEffect(() => {
    if (openedFile) checkOpened(openedFile.bytes, { onSuccess: (file) => setPending({ name: openedFile.name, file }) });
  }, [openedFile, checkOpened]);

  // Closed, the dialog forgets the file it was shown and why it was refused (an import under way goes on).
  const close = () => {
    checkFile.reset();
    if (!importDesk.isPending) importDesk.reset();
    setPending(null);
    onClose();
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void file.arrayBuffer().then((buffer) => check(file.name, new Uint8Array(buffer)));
  };
  const pickWithShell = () => {
    void platform.openImport().then((bytes) => bytes !== null && check(t('desk.fileName'), bytes));
  };
  const confirmImport = () => {
    if (!pending) return;
    importDesk.mutate(pending.file, {
      onSuccess: ({ tickets }) => {
        toast(t('desk.imported', { tickets }));
        setPending(null);
        onClose();
      },
      onError: () => setPending(null),
    });
  };

  return (
    <Modal title={t('nav.deskData')} isOpen={isOpen} onClose={close}>
      <div className="form">
        <button
          type="button"
          disabled={exportDesk.isPending}
          onClick={() => exportDesk.mutate(undefined, { onSuccess: (isSaved) => isSaved && toast(t('desk.exported')) })}
        >
          {t('desk.export')}
        </button>
        <hr />
        {platform.kind === 'electron' ? (
          <button type="button" onClick={pickWithShell}>
            {t('desk.import')}
          </button>
        ) : (
          <div className="field">
            <label htmlFor="desk-import-file">{t('desk.importFile')}</label>
            <input id="desk-import-file" type="file" accept={`application/json,.json,${DESK_FILE_EXTENSION}`} onChange={onFile} />
          </div>
        )}
        <p className="muted" aria-live="polite">
          {checkFile.isPending ? t('desk.checkingFile') : null}
          {pending
            ? t('desk.fileHolds', {
                name: pending.name,
                tickets: pending.file.ticketCount.toLocaleString(locale),
                customers: pending.file.customerCount.toLocaleString(locale),
              })
            : null}
        </p>
        {pending ? (
          <p>
            <button type="button" onClick={confirmImport} disabled={importDesk.isPending}>
              {t('desk.import')} {pending.name}
            </button>
          </p>
        ) : null}
        <ErrorMessage error={checkFile.error ?? importDesk.error}>{t('desk.importFailed', { error: '' })}</ErrorMessage>
        <hr />
        <div className="field">
          <label htmlFor="at-risk-percent">{t('desk.atRisk')}</label>
          <input
            id="at-risk-percent"
            type="number"
            min={1}
            max={99}
            step={1}
            value={shownPercent}
            onChange={(e) => setPercent(e.target.value)}
            aria-describedby="at-risk-hint"
          />
          <small id="at-risk-hint" className="muted">
            {t('desk.atRiskHint')}
          </small>
        </div>
        <button
          type="button"
          disabled={setAtRisk.isPending}
          onClick={() =>
            setAtRisk.mutate(shownPercent.trim() === '' ? null : Number(shownPercent), {
              onSuccess: () => {
                setPercent(null);
                toast(t('desk.atRiskSaved'));
              },
            })
          }
        >
          {t('desk.saveAtRisk')}
        </button>
        <ErrorMessage error={setAtRisk.error} />
        <button type="button" onClick={close}>
          {t('customers.close')}
        </button>
      </div>
    </Modal>
  );
}
