import { useState, type ChangeEvent } from 'react';
import { DESK_FILE_EXTENSION } from '../../../src-shared/ipc/ipc-contract';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toasts';
import { useQuery } from '@tanstack/react-query';
import { useExportDesk, useImportDesk, useSetAtRiskPercent } from './mutations';
import { atRiskQuery } from './queries';

/**
 * Export the whole desk to a file, or import one. An import replaces the desk, so it asks once
 * more; a broken file is refused with the field and the reason and nothing changes.
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
  const { t } = useI18n();
  const { platform, db } = useDeskServices();
  const atRisk = useQuery(atRiskQuery(db));
  const setAtRisk = useSetAtRiskPercent();
  const [percent, setPercent] = useState<string | null>(null);
  const shownPercent = percent ?? (atRisk.data === null || atRisk.data === undefined ? '' : String(Math.round(atRisk.data * 100)));
  const exportDesk = useExportDesk();
  const importDesk = useImportDesk();
  const toast = useToast();
  // A file opened from the file manager starts as the import to confirm (the dialog is keyed by it).
  const [pending, setPending] = useState<{ name: string; bytes: Uint8Array } | null>(openedFile);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    importDesk.reset();
    if (file) void file.arrayBuffer().then((buffer) => setPending({ name: file.name, bytes: new Uint8Array(buffer) }));
  };
  const pickWithShell = () => {
    importDesk.reset();
    void platform.openImport().then((bytes) => bytes !== null && setPending({ name: t('desk.fileName'), bytes }));
  };
  const confirmImport = () => {
    if (!pending) return;
    importDesk.mutate(pending.bytes, {
      onSuccess: ({ tickets }) => {
        toast(t('desk.imported', { tickets }));
        setPending(null);
        onClose();
      },
      onError: () => setPending(null),
    });
  };

  return (
    <Modal title={t('nav.deskData')} isOpen={isOpen} onClose={onClose}>
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
        {pending ? (
          <p>
            <button type="button" onClick={confirmImport} disabled={importDesk.isPending}>
              {t('desk.import')} {pending.name}
            </button>
          </p>
        ) : null}
        <ErrorMessage error={importDesk.error}>{t('desk.importFailed', { error: '' })}</ErrorMessage>
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
        <button type="button" onClick={onClose}>
          {t('customers.close')}
        </button>
      </div>
    </Modal>
  );
}
