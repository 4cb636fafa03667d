import type { CompiledPlan } from '../../../src-shared/policy/compiled-policy';
import { ladderPosition } from '../../../src-shared/phone/escalation-ladders';
import type { AllowedCommands } from '../../../src-shared/ticket/allowed-commands';
import type { TicketClocks } from '../../../src-shared/ticket/ticket-clocks';
import type { TicketEvent } from '../../../src-shared/ticket/ticket-event';
import { useI18n } from '../../i18n/i18n';
import { lineLabel } from '../../i18n/policy-labels';
import { ErrorMessage } from '../../ui/fields';
import { useCommand } from './actions/use-command';
import { WarTeamForm } from './actions/war-team-form';

/**
 * Where the ticket stands on its preset's escalation ladder (escalation-ladders.ts), what makes the
 * next step due and whether it is due now; the step itself is the agent's, through the ticket's
 * own `escalate` command. Klok never escalates on its own.
 */
export function EscalationLadder({
  ticketId,
  plan,
  ticket,
  clocks,
  allowed,
  events,
  now,
}: {
  ticketId: string;
  plan: CompiledPlan;
  ticket: { readonly line: string | null; readonly priority: string | null };
  clocks: TicketClocks;
  allowed: AllowedCommands;
  events: readonly TicketEvent[];
  now: number;
}) {
  const { t, lookup } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const position = ladderPosition(plan, ticket, clocks, now);
  const name = (line: string | null) => (line ? lineLabel(lookup, plan.policy, line) : '—');
  const next = position.nextLine;
  const convened = events.findLast((e) => e.kind === 'war_team_convened');
  const canEscalate = next !== null && allowed.commands.has('escalate');
  return (
    <section aria-label={t('ladder.label')}>
      <h3>{t('ladder.label')}</h3>
      <dl className="facts">
        <dt>{t('ladder.line')}</dt>
        <dd>{name(position.line)}</dd>
        <dt>{t('ladder.next')}</dt>
        <dd>{next ? t('ladder.nextStep', { line: name(next), when: t(`ladder.trigger.${position.trigger}`) }) : t('ladder.top')}</dd>
        {position.hasWarTeam ? (
          <>
            <dt>{t('ladder.warTeam')}</dt>
            <dd>
              {convened
                ? t('ladder.warTeamConvened', { members: convened.members.join(', ') })
                : position.isWarTeamDue
                  ? t('ladder.warTeamDue')
                  : t('ladder.trigger.missed_workaround_or_resolution')}
            </dd>
          </>
        ) : null}
      </dl>
      {position.isNextLineDue && next ? (
        <p className="warning" role="status">
          {t('ladder.due', { line: name(next) })}
        </p>
      ) : null}
      {canEscalate ? (
        <button type="button" disabled={isBusy} onClick={() => run({ kind: 'escalate', line: next })}>
          {t('ladder.takeStep', { line: name(next) })}
        </button>
      ) : null}
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
      {position.hasWarTeam && allowed.commands.has('convene_war_team') ? <WarTeamForm ticketId={ticketId} /> : null}
    </section>
  );
}
