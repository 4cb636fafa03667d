import { useState, type FormEvent } from 'react';
import type { Engagement, RunningTimer } from '../../../src-shared/consultancy/engagement';
import { stopTimer } from '../../../src-shared/consultancy/engagement-commands';
import { checkAgainstApproval, LONG_TIMER_MS, timerMinutes } from '../../../src-shared/consultancy/engagement-totals';
import { useNow } from '../../clock/app-clock';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, TextField } from '../../ui/fields';
import { formatLocalTime } from '../../ui/format';
import { CheckboxField } from './form-fields';
import { formatMinutes } from './money';
import { useEngagementCommand } from './mutations';

/**
 * A consultant's running timer: since when, how long, and stopping it with what was done. The
 * timer's start is an event in the desk log, so it runs on after a reload, a restart or a crash.
 */
export function RunningTimerBar({ engagement, timer, ticketName }: { engagement: Engagement; timer: RunningTimer; ticketName: string }) {
  const { t, locale } = useI18n();
  const now = useNow(1000);
  const command = useEngagementCommand();
  const [description, setDescription] = useState('');
  const [isRegularSupport, setRegularSupport] = useState(false);
  const [isProductUnusable, setProductUnusable] = useState(false);
  const isLong = now - timer.startedAt >= LONG_TIMER_MS;
  // Said while the timer runs, before the time is logged.
  const check = checkAgainstApproval(engagement, timerMinutes(timer, now));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    command.mutate(
      {
        engagementId: engagement.id,
        decide: (row, c) => stopTimer(row, timer.consultant, { description, isRegularSupport, isProductUnusable }, c.newId, c.now),
      },
      { onSuccess: () => setDescription('') },
    );
  };
  return (
    <form className="banner timer-bar" aria-label={t('consultancy.timer.label')} onSubmit={onSubmit}>
      <p>
        {t('consultancy.timer.running', {
          title: ticketName ? `${ticketName} · ${engagement.title}` : engagement.title,
          since: formatLocalTime(timer.startedAt, locale),
          elapsed: formatMinutes(t, timerMinutes(timer, now)),
        })}
      </p>
      {isLong ? (
        <p role="alert" className="warning">
          {t('consultancy.timer.long')}
        </p>
      ) : null}
      {check.kind === 'beyond' ? <p className="warning">{t('consultancy.log.beyond', { beyond: formatMinutes(t, check.beyondMinutes) })}</p> : null}
      {check.kind === 'unapproved' ? <p className="warning">{t('consultancy.log.unapproved')}</p> : null}
      <TextField label={t('consultancy.entry.description')} value={description} onChange={setDescription} />
      <CheckboxField label={t('consultancy.entry.regularSupport')} isChecked={isRegularSupport} onChange={setRegularSupport} />
      {engagement.purpose === 'query_support' ? (
        <CheckboxField label={t('consultancy.entry.productUnusable')} isChecked={isProductUnusable} onChange={setProductUnusable} />
      ) : null}
      <ErrorMessage error={command.error} />
      <div className="button-row">
        <button type="submit" disabled={command.isPending}>
          {t('consultancy.timer.stop')}
        </button>
      </div>
    </form>
  );
}
