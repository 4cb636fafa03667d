import { useState, type FormEvent } from 'react';
import { WAR_TEAM_PLAN_FIELDS, type WarTeamPlan } from '../../../../src-shared/ticket/ticket-event';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage, TextField } from '../../../ui/fields';
import { useCommand } from './use-command';

const EMPTY: WarTeamPlan = { assessment: '', mitigation: '', resources: '', updateEvery: '' };

/**
 * Records that the war team was convened (Konneqt): its members and response plan, through the
 * ticket's `convene_war_team` command. A missing member or part of the plan is refused naming the
 * field, and nothing is saved.
 */
export function WarTeamForm({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const [members, setMembers] = useState('');
  const [plan, setPlan] = useState<WarTeamPlan>(EMPTY);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const reset = () => {
      setMembers('');
      setPlan(EMPTY);
    };
    run({ kind: 'convene_war_team', members: members.split('\n'), plan }, reset);
  };
  return (
    <form onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('warTeam.legend')}</legend>
        <TextField label={t('warTeam.members')} value={members} onChange={setMembers} isMultiline />
        {WAR_TEAM_PLAN_FIELDS.map((f) => (
          <TextField key={f} label={t(`warTeam.${f}`)} value={plan[f]} onChange={(v) => setPlan((p) => ({ ...p, [f]: v }))} isMultiline={f !== 'updateEvery'} />
        ))}
        <button type="submit" disabled={isBusy}>
          {t('warTeam.record')}
        </button>
        <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
      </fieldset>
    </form>
  );
}
