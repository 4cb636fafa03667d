import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAgentName } from '../../desk/agent-name';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, TextField } from '../../ui/fields';
import { Modal } from '../../ui/modal';
import { useCompareDigests, useJoinSharedDesk, useLeaveSharedDesk } from './mutations';
import { syncLinkQuery } from './queries';
import { syncStatusText } from './sync-status-text';
import { useSync } from './sync-provider';

/**
 * Team sync: join a shared desk with the server's address and an enrolment code from the desk's
 * admin; once shared, where it is, how sync stands, a check that this workstation holds the same
 * events as the server, and leaving (the workstation keeps its copy).
 */
export function SyncDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const link = useQuery(syncLinkQuery(db));
  return (
    <Modal title={t('sync.title')} isOpen={isOpen} onClose={onClose}>
      {link.data ? <SharedPart link={link.data} /> : link.isSuccess ? <JoinPart /> : null}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('sync.close')}
        </button>
      </div>
    </Modal>
  );
}

function JoinPart() {
  const { t } = useI18n();
  const agent = useAgentName();
  const join = useJoinSharedDesk();
  const [serverUrl, setServerUrl] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState(agent);
  return (
    <form
      aria-label={t('sync.join')}
      onSubmit={(e) => {
        e.preventDefault();
        join.mutate({ serverUrl, code, name });
      }}
    >
      <p>{t('sync.explain')}</p>
      <TextField label={t('sync.serverUrl')} value={serverUrl} onChange={setServerUrl} isRequired placeholder="https://klok.example.org" />
      <TextField label={t('sync.code')} value={code} onChange={setCode} isRequired placeholder="K7QX-2M9D-P4TA" />
      <TextField label={t('sync.name')} value={name} onChange={setName} />
      <ErrorMessage error={join.error}>{t('sync.notJoined')}</ErrorMessage>
      <button type="submit" disabled={join.isPending}>
        {t('sync.joinButton')}
      </button>
    </form>
  );
}

function SharedPart({ link }: { link: { serverUrl: string; deskName: string; workstation: string } }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { status, engine } = useSync();
  const leave = useLeaveSharedDesk();
  const compare = useCompareDigests();
  const [isLeaving, setIsLeaving] = useState(false);
  const result = compare.data;
  return (
    <section aria-label={t('sync.shared')}>
      <p>{t('sync.sharedWith', { desk: link.deskName, server: link.serverUrl })}</p>
      <p role="status">{syncStatusText(i18n, status)}</p>
      <div className="button-row">
        <button type="button" onClick={() => void engine.syncNow()}>
          {t('sync.now')}
        </button>
        <button type="button" disabled={compare.isPending} onClick={() => compare.mutate()}>
          {t('sync.compare')}
        </button>
      </div>
      {result ? (
        <p role="status">
          {result.isSame
            ? t('sync.same', { count: result.count.toLocaleString(i18n.locale), digest: result.digest.slice(0, 12) })
            : t('sync.differs', { days: result.differing.slice(0, 5).join(', '), mine: result.count, server: result.serverCount })}
        </p>
      ) : null}
      <ErrorMessage error={compare.error} />
      {isLeaving ? (
        <div role="group" aria-label={t('sync.leaveConfirm')}>
          <p>{t('sync.leaveExplain')}</p>
          <button type="button" onClick={() => leave.mutate(undefined, { onSuccess: () => setIsLeaving(false) })}>
            {t('sync.leaveYes')}
          </button>
          <button type="button" onClick={() => setIsLeaving(false)}>
            {t('sync.leaveNo')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setIsLeaving(true)}>
          {t('sync.leave')}
        </button>
      )}
      <ErrorMessage error={leave.error} />
    </section>
  );
}
