import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { NotificationHours } from '../../../src-shared/clock/notification-rules';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, TextField } from '../../ui/fields';
import { useToast } from '../../ui/toasts';
import { CheckboxField } from '../consultancy/form-fields';
import { useSaveNotificationHours } from './mutations';
import { notificationHoursQuery } from './queries';

/** The agent's notification hours: only during them (except urgent deadlines), from, to, weekdays only. */
export function NotificationSettings() {
  const { db } = useDeskServices();
  const hours = useQuery(notificationHoursQuery(db));
  // The form starts from what is saved and keeps what the agent typed.
  if (!hours.data) return null;
  return <NotificationHoursForm initial={hours.data} />;
}

function NotificationHoursForm({ initial }: { initial: NotificationHours }) {
  const { t } = useI18n();
  const save = useSaveNotificationHours();
  const toast = useToast();
  const [isLimited, setLimited] = useState(initial.isLimited);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [isWeekdaysOnly, setWeekdaysOnly] = useState(initial.isWeekdaysOnly);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ isLimited, from: from.trim(), to: to.trim(), isWeekdaysOnly }, { onSuccess: () => toast(t('notifySettings.saved')) });
  };
  return (
    <form className="form" aria-label={t('notifySettings.label')} onSubmit={onSubmit}>
      <CheckboxField label={t('notifySettings.limited')} isChecked={isLimited} onChange={setLimited} />
      <TextField label={t('notifySettings.from')} value={from} onChange={setFrom} placeholder="08:30" />
      <TextField label={t('notifySettings.to')} value={to} onChange={setTo} placeholder="17:00" />
      <CheckboxField label={t('notifySettings.weekdays')} isChecked={isWeekdaysOnly} onChange={setWeekdaysOnly} />
      <p className="muted">{t('notifySettings.urgent', { zone: initial.zone })}</p>
      <ErrorMessage error={save.error}>{t('notifySettings.notSaved')}</ErrorMessage>
      <button type="submit" disabled={save.isPending}>
        {t('notifySettings.save')}
      </button>
    </form>
  );
}
