import type { CompiledPlan } from '../../../src-shared/policy/compiled-policy';
import type { LoggedTicketEvent } from '../../db/entities';
import { ADMINISTRATIVE_CLOSE_NOTE } from '../../../src-shared/ticket/ticket-commands';
import { WAR_TEAM_PLAN_FIELDS } from '../../../src-shared/ticket/ticket-event';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { lineLabel, priorityLabel } from '../../i18n/policy-labels';
import { toIsoUtc } from '../../../src-shared/time/instant';
import { formatInstant } from '../../ui/format';

/** The ticket's event log, oldest first: who did what, when, and why. */
export function TicketTimeline({ events, plan }: { events: readonly LoggedTicketEvent[]; plan: CompiledPlan }) {
  const { t, locale, lookup } = useI18n();
  const { plans } = useDeskServices();
  const zone = plan.calendar.zone;
  const versionNumber = (versionId: string): number | string => {
    try {
      return plans.versionFor({ policyId: plan.policy.id, policyVersion: versionId }).number;
    } catch {
      return versionId;
    }
  };
  const describe = (e: LoggedTicketEvent): string => {
    switch (e.kind) {
      case 'status_changed':
        return t('event.status_changed', { status: t(`status.${e.status}`) });
      case 'priority_changed':
        return t('event.priority_changed', { priority: priorityLabel(lookup, plan.policy, e.priority) });
      case 'assigned':
        return t('event.assigned', { assignee: e.assignee });
      case 'escalated':
        return t('event.escalated', { line: lineLabel(lookup, plan.policy, e.line) });
      case 'war_team_convened':
        return t('event.war_team_convened', { members: e.members.join(', ') });
      case 'policy_applied':
        return t('event.policy_applied', { number: versionNumber(e.policyVersion) });
      case 'call_logged':
        return `${t('event.call_logged')}${e.purpose ? ` (${t(`purpose.${e.purpose}`)})` : ''}`;
      default:
        return t(`event.${e.kind}`);
    }
  };
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={toIsoUtc(e.at)}>{formatInstant(e.at, zone, locale)}</time> <strong>{describe(e)}</strong>
          {e.by ? <span className="muted"> · {e.by}</span> : null}
          {e.kind === 'war_team_convened' ? (
            <dl className="note">{WAR_TEAM_PLAN_FIELDS.map((f) => [<dt key={`${f}-t`}>{t(`warTeam.${f}`)}</dt>, <dd key={f}>{e.plan[f]}</dd>])}</dl>
          ) : null}
          {e.note ? <p className="note">{e.note === ADMINISTRATIVE_CLOSE_NOTE ? t('event.closedAdministratively') : e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
