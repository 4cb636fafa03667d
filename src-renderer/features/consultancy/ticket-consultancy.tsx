import { useQuery } from '@tanstack/react-query';
import { startTimer } from '../../../src-shared/consultancy/engagement-commands';
import { engagementTotals, runningTimerOf } from '../../../src-shared/consultancy/engagement-totals';
import { useAgentName } from '../../desk/agent-name';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { formatMinutes } from './money';
import { useEngagementCommand } from './mutations';
import { engagementsQuery } from './queries';
import { RunningTimerBar } from './running-timer';

/** A ticket's engagements in its detail: time so far, what is left in the block, and the timer. */
export function TicketConsultancy({ ticketId, ticketNumber }: { ticketId: string; ticketNumber: string }) {
  const { t } = useI18n();
  const { db, actor } = useDeskServices();
  useAgentName();
  const consultant = actor().by;
  const engagements = useQuery(engagementsQuery(db));
  const command = useEngagementCommand();
  const all = engagements.data ?? [];
  const own = all.filter((e) => e.ticketId === ticketId);
  if (own.length === 0) return null;
  const running = runningTimerOf(all, consultant);
  return (
    <section aria-label={t('consultancy.onTicket')}>
      <h3>{t('consultancy.onTicket')}</h3>
      {running?.engagement.ticketId === ticketId ? <RunningTimerBar engagement={running.engagement} timer={running.timer} ticketName={ticketNumber} /> : null}
      <ul>
        {own.map((e) => {
          const totals = engagementTotals(e);
          return (
            <li key={e.id}>
              {t('consultancy.ticketLine', {
                title: e.title,
                worked: formatMinutes(t, totals.workedMinutes),
                left: formatMinutes(t, totals.blockLeftMinutes),
              })}
              {totals.isApproved ? null : ` ${t('consultancy.notApproved')}.`}{' '}
              {running ? null : (
                <button
                  type="button"
                  aria-label={t('consultancy.timer.startNamed', { title: e.title })}
                  disabled={command.isPending}
                  onClick={() => command.mutate({ engagementId: e.id, decide: (row, c) => startTimer(c.all, row, c.by, c.now) })}
                >
                  {t('consultancy.timer.start')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <ErrorMessage error={command.error} />
    </section>
  );
}
