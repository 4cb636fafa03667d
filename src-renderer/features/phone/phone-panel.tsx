import { useQuery } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { RunningCall } from './running-call';
import { StartCallForm } from './start-call-form';
import { openCallQuery } from './queries';

/**
 * The phone bar under the header: start a call, or the call in progress (it survives a reload).
 * `focusRef` is its first field (the direction of a new call, or the running call's ticket): the
 * start-a-call shortcut focuses it.
 */
export function PhonePanel({ focusRef }: { focusRef: RefObject<HTMLSelectElement | null> }) {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const open = useQuery(openCallQuery(db));
  return (
    <section className="phone-panel" aria-label={t('phone.label')}>
      {open.data ? <RunningCall key={open.data.id} call={open.data} ticketRef={focusRef} /> : <StartCallForm directionRef={focusRef} />}
    </section>
  );
}
