import { useState, type FormEvent, type RefObject } from 'react';
import { START_CALL_ACCELERATOR } from '../../../src-shared/ipc/ipc-contract';
import { ariaShortcut } from '../../platform/accelerators';
import { CALL_DIRECTIONS, type CallDirection } from '../../../src-shared/phone/call-types';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { useStartCall } from './mutations';

/** Starts a call: the timer runs from here (the start is an event); the rest is filled in during the call. */
export function StartCallForm({ directionRef }: { directionRef: RefObject<HTMLSelectElement | null> }) {
  const { t } = useI18n();
  const start = useStartCall();
  const [direction, setDirection] = useState<CallDirection>('in');
  const [phone, setPhone] = useState('');
  const [caller, setCaller] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate({ direction, phone, caller });
  };
  return (
    <form className="inline-form phone-start" onSubmit={onSubmit}>
      <SelectField
        label={t('phone.direction')}
        value={direction}
        selectRef={directionRef}
        onChange={(v) => setDirection(v as CallDirection)}
        options={CALL_DIRECTIONS.map((d) => ({ value: d, label: t(`phone.direction.${d}`) }))}
      />
      <TextField label={t('phone.number')} value={phone} onChange={setPhone} />
      <TextField label={t('phone.caller')} value={caller} onChange={setCaller} />
      <button type="submit" disabled={start.isPending} aria-keyshortcuts={ariaShortcut(START_CALL_ACCELERATOR)}>
        {t('phone.start')}
      </button>
      <ErrorMessage error={start.error} />
    </form>
  );
}
