import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { WEEKDAYS, type CalendarSpec, type ClosureSpec } from '../../../src-shared/calendar/calendar-spec';
import { checkPolicyVersion, type PolicyVersionRef } from '../../../src-shared/policy/desk-policy';
import { LADDER_TRIGGERS, STATUSES, TARGET_KINDS, type ConsultancyRate, type LadderTrigger, type Policy } from '../../../src-shared/policy/policy-types';
import { InputError, type InputIssue } from '../../../src-shared/validation/issues';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n, type I18n } from '../../i18n/i18n';
import { planLabel, policyLabel, priorityLabel, rateLabel } from '../../i18n/policy-labels';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/toasts';
import { CheckField, DraftTextField, WindowsField } from './draft-fields';
import { draftIssueText } from './draft-issue-text';
import { HolidaySourceFields } from './holiday-source-fields';
import { useAdoptPolicy } from './mutations';
import {
  isAroundTheClock,
  planCalendar,
  setAroundTheClock,
  setAtRiskPercent,
  setClosures,
  setLabel,
  setLineTrigger,
  setPaused,
  setPolicyId,
  setPriorityTrigger,
  setWarTeam,
  setRates,
  setReplyTerm,
  setTarget,
  setWeekday,
  setZone,
  setHolidays,
  targetText,
  type PolicyDraft,
} from './policy-draft';
import { PolicyPreview } from './policy-preview';
import { openTicketsOnPolicyQuery } from './queries';

const PAUSABLE = STATUSES.filter((s) => s !== 'closed');

/** What is wrong with a draft, every field named; empty when it can be adopted. */
export function draftIssues(draft: PolicyDraft): readonly InputIssue[] {
  try {
    checkPolicyVersion(draft.policyId, draft.policy, draft.calendars);
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
}

/**
 * The policy editor: a draft copied from a version (office hours, holidays, closure days, targets
 * per priority, pauses, at-risk share, reply term, escalation, rate cards), checked and previewed
 * as it is typed, adopted as the policy's next version (decision 19).
 */
export function PolicyEditor({
  initial,
  base,
  nextNumber,
  onDone,
}: {
  initial: PolicyDraft;
  /** The version in force the draft was copied from (its preview is shown beside the draft's); null for a new policy. */
  base: PolicyVersionRef | null;
  nextNumber: number;
  onDone: () => void;
}) {
  const i18n = useI18n();
  const { t, lookup } = i18n;
  const { db, plans } = useDeskServices();
  const toast = useToast();
  const adopt = useAdoptPolicy();
  const [draft, setDraft] = useState(initial);
  const [planId, setPlanId] = useState(initial.policy.plans[0]?.id ?? '');
  const [isConfirming, setIsConfirming] = useState(false);
  const [applyToOpen, setApplyToOpen] = useState(false);
  const [note, setNote] = useState('');
  const open = useQuery({ ...openTicketsOnPolicyQuery(db, draft.basedOn.policyId), enabled: !draft.isNew });
  const issues = useMemo(() => draftIssues(draft), [draft]);
  const plan = draft.policy.plans.find((p) => p.id === planId);
  const source = base?.policy ?? plans.policyOf({ policyId: draft.basedOn.policyId });
  const basedOnName = source ? policyLabel(lookup, source) : draft.basedOn.policyId;
  const calendar = planCalendar(draft, planId);
  const name = policyLabel(lookup, draft.policy);
  const title = draft.isNew ? t('policies.newTitle', { name }) : t('policies.editTitle', { name, number: nextNumber });
  const openCount = draft.isNew ? 0 : (open.data?.length ?? 0);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (issues.length > 0) return;
    if (!isConfirming) {
      setIsConfirming(true);
      return;
    }
    adopt.mutate(
      { policyId: draft.policyId, policy: draft.policy, calendars: draft.calendars, note: note.trim(), applyToOpenTickets: applyToOpen && openCount > 0 },
      {
        onSuccess: () => {
          toast(t('policies.adopted', { name, number: draft.isNew ? 1 : nextNumber }));
          onDone();
        },
      },
    );
  };
  // A plan's fields remount when another plan is chosen: each shows its own values.
  const k = (name: string) => `${planId}|${name}`;
  return (
    <form className="form policy-editor" aria-label={title} onSubmit={onSubmit}>
      <h3>{title}</h3>
      <p className="muted">{t('policies.basedOn', { name: basedOnName, number: draft.basedOn.number })}</p>
      <fieldset>
        <legend>{t('policies.general')}</legend>
        <DraftTextField label={t('policies.name')} initial={name} onChange={(v) => setDraft((d) => setLabel(d, v))} />
        {draft.isNew ? <DraftTextField label={t('policies.id')} initial={draft.policyId} onChange={(v) => setDraft((d) => setPolicyId(d, v.trim()))} /> : null}
        <SelectField
          label={t('policies.plan')}
          value={planId}
          onChange={setPlanId}
          options={draft.policy.plans.map((p) => ({ value: p.id, label: planLabel(lookup, draft.policy, p.id) }))}
        />
      </fieldset>
      {calendar ? (
        <fieldset>
          <legend>{t('policies.hours', { calendar: lookup(`calendar.${plan?.calendar ?? ''}.name`, calendar.name ?? plan?.calendar ?? '') })}</legend>
          <p className="muted">{t('policies.hoursHelp')}</p>
          <DraftTextField key={k('zone')} label={t('policies.zone')} initial={calendar.zone} onChange={(v) => setDraft((d) => setZone(d, planId, v.trim()))} />
          <div className="weekdays">
            {WEEKDAYS.map((day) => (
              <WindowsField
                key={k(day)}
                label={t(`policies.day.${day}`)}
                initial={calendar.week[day]}
                onChange={(windows) => setDraft((d) => setWeekday(d, planId, day, windows))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {calendar ? (
        <HolidaySourceFields key={k('holidays')} value={calendar.holidays ?? null} onChange={(h) => setDraft((d) => setHolidays(d, planId, h))} />
      ) : null}
      {calendar ? <ClosureFields key={k('closures')} calendar={calendar} onChange={(list) => setDraft((d) => setClosures(d, planId, list))} /> : null}
      {plan ? (
        <fieldset>
          <legend>{t('policies.targets')}</legend>
          <p className="muted">{t('policies.targetsHelp')}</p>
          <table aria-label={t('policies.targets')}>
            <thead>
              <tr>
                <th scope="col">{t('policies.priority')}</th>
                {TARGET_KINDS.map((kind) => (
                  <th scope="col" key={kind}>
                    {t(`timer.${kind}`)}
                  </th>
                ))}
                <th scope="col">{t('policies.aroundTheClock')}</th>
                <th scope="col">{t('policies.escalation')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.priorities.map((p) => {
                const name = priorityLabel(lookup, draft.policy, p.id);
                return (
                  <tr key={k(p.id)}>
                    <th scope="row">{name}</th>
                    {TARGET_KINDS.map((kind) => (
                      <td key={kind}>
                        <DraftTextField
                          label={t('policies.targetOf', { timer: t(`timer.${kind}`), priority: name })}
                          initial={targetText(p, kind)}
                          size={6}
                          onChange={(v) => setDraft((d) => setTarget(d, planId, p.id, kind, v))}
                        />
                      </td>
                    ))}
                    <td>
                      <CheckField
                        label={t('policies.aroundTheClockOf', { priority: name })}
                        checked={isAroundTheClock(p)}
                        onChange={(on) => setDraft((d) => setAroundTheClock(d, planId, p.id, on))}
                      />
                    </td>
                    <td>
                      <SelectField
                        label={t('policies.escalationOf', { priority: name })}
                        value={draft.policy.escalation?.byPriority?.[p.id] ?? ''}
                        emptyLabel={t('policies.escalationAsLine')}
                        onChange={(v) => setDraft((d) => setPriorityTrigger(d, p.id, v === '' ? null : (v as LadderTrigger)))}
                        options={LADDER_TRIGGERS.map((trigger) => ({ value: trigger, label: t(`ladder.trigger.${trigger}`) }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('policies.timers')}</legend>
        <table aria-label={t('policies.pauses')}>
          <thead>
            <tr>
              <th scope="col">{t('policies.timer')}</th>
              {PAUSABLE.map((s) => (
                <th scope="col" key={s}>
                  {t(`status.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TARGET_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(`timer.${kind}`)}</th>
                {PAUSABLE.map((s) => (
                  <td key={s}>
                    <CheckField
                      label={t('policies.pausesIn', { timer: t(`timer.${kind}`), status: t(`status.${s}`) })}
                      checked={draft.policy.clock.pausedIn[kind].includes(s)}
                      onChange={(on) => setDraft((d) => setPaused(d, kind, s, on))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <DraftTextField
          label={t('policies.atRisk')}
          type="number"
          initial={String(Math.round(draft.policy.clock.atRiskFraction * 1000) / 10)}
          onChange={(v) => setDraft((d) => setAtRiskPercent(d, v.trim() === '' ? Number.NaN : Number(v)))}
        />
        <DraftTextField label={t('policies.replyTerm')} initial={draft.policy.clock.replyTerm ?? ''} onChange={(v) => setDraft((d) => setReplyTerm(d, v))} />
        <SelectField
          label={t('policies.lineTrigger')}
          value={draft.policy.escalation?.lineTrigger ?? 'agent_decides'}
          onChange={(v) => setDraft((d) => setLineTrigger(d, v as LadderTrigger))}
          options={LADDER_TRIGGERS.map((trigger) => ({ value: trigger, label: t(`ladder.trigger.${trigger}`) }))}
        />
        <SelectField
          label={t('policies.warTeam')}
          value={draft.policy.escalation?.warTeam ?? ''}
          emptyLabel={t('policies.noWarTeam')}
          onChange={(v) => setDraft((d) => setWarTeam(d, v === '' ? null : (v as LadderTrigger)))}
          options={LADDER_TRIGGERS.map((trigger) => ({ value: trigger, label: t(`ladder.trigger.${trigger}`) }))}
        />
      </fieldset>
      {plan ? (
        <RateFields key={k('rates')} policy={draft.policy} rates={plan.consultancy ?? []} onChange={(rates) => setDraft((d) => setRates(d, planId, rates))} />
      ) : null}
      <IssueList i18n={i18n} draft={draft} issues={issues} />
      <PolicyPreview draft={draft} base={base} planId={planId} isValid={issues.length === 0} />
      <TextField label={t('policies.note')} value={note} onChange={setNote} />
      {isConfirming ? (
        <div role="group" aria-label={t('policies.confirm')} className="confirm">
          <p>{t('policies.confirmText', { number: draft.isNew ? 1 : nextNumber })}</p>
          {openCount > 0 ? (
            <CheckField label={t('policies.applyToOpen', { count: openCount })} checked={applyToOpen} onChange={setApplyToOpen} />
          ) : (
            <p className="muted">{draft.isNew ? t('policies.newNoTickets') : t('policies.noOpenTickets')}</p>
          )}
        </div>
      ) : null}
      <ErrorMessage error={adopt.error} />
      <div className="button-row">
        <button type="submit" disabled={issues.length > 0 || adopt.isPending}>
          {isConfirming ? t('policies.confirmAdopt') : t('policies.adopt', { number: draft.isNew ? 1 : nextNumber })}
        </button>
        <button type="button" onClick={onDone}>
          {t('policies.cancel')}
        </button>
      </div>
    </form>
  );
}

function IssueList({ i18n, draft, issues }: { i18n: I18n; draft: PolicyDraft; issues: readonly InputIssue[] }) {
  if (issues.length === 0) return <p className="muted">{i18n.t('policies.valid')}</p>;
  return (
    <div role="alert" className="error">
      <p>{i18n.t('policies.problems', { count: issues.length })}</p>
      <ul>
        {issues.slice(0, 20).map((issue) => (
          <li key={`${issue.field}|${issue.reason}`}>{draftIssueText(i18n, draft, issue)}</li>
        ))}
      </ul>
    </div>
  );
}

function ClosureFields({ calendar, onChange }: { calendar: CalendarSpec; onChange: (closures: ClosureSpec[]) => void }) {
  const { t } = useI18n();
  // Rows keep a local key so removing one does not remount the others' fields.
  const [rows, setRows] = useState(() => (calendar.closures ?? []).map((c, i) => ({ key: i, closure: c })));
  const [nextKey, setNextKey] = useState(rows.length);
  const update = (next: typeof rows) => {
    setRows(next);
    onChange(next.map((r) => r.closure));
  };
  const change = (key: number, closure: ClosureSpec) => update(rows.map((r) => (r.key === key ? { key, closure } : r)));
  return (
    <fieldset>
      <legend>{t('policies.closures')}</legend>
      <p className="muted">{t('policies.closuresHelp')}</p>
      {rows.map(({ key, closure }, i) => (
        <div key={key} role="group" aria-label={t('policies.closureN', { n: i + 1 })} className="inline-form">
          <DraftTextField
            label={t('policies.closureDate', { n: i + 1 })}
            initial={closure.date}
            placeholder="2026-12-24"
            size={10}
            onChange={(date) => change(key, { ...closure, date: date.trim() })}
          />
          <DraftTextField label={t('policies.closureName', { n: i + 1 })} initial={closure.name} onChange={(name) => change(key, { ...closure, name })} />
          <WindowsField
            label={t('policies.closureHours', { n: i + 1 })}
            initial={closure.hours}
            onChange={(hours) => {
              const { hours: _before, ...rest } = closure;
              change(key, hours.length > 0 ? { ...rest, hours } : rest);
            }}
          />
          <button type="button" onClick={() => update(rows.filter((r) => r.key !== key))} aria-label={t('policies.removeClosure', { n: i + 1 })}>
            {t('policies.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          update([...rows, { key: nextKey, closure: { date: '', name: '' } }]);
          setNextKey(nextKey + 1);
        }}
      >
        {t('policies.addClosure')}
      </button>
    </fieldset>
  );
}

function RateFields({ policy, rates, onChange }: { policy: Policy; rates: readonly ConsultancyRate[]; onChange: (rates: ConsultancyRate[]) => void }) {
  const { t, lookup } = useI18n();
  const [list, setList] = useState<ConsultancyRate[]>(() => [...rates]);
  if (list.length === 0) return null;
  const change = (i: number, rate: ConsultancyRate) => {
    const next = list.map((r, j) => (j === i ? rate : r));
    setList(next);
    onChange(next);
  };
  return (
    <fieldset>
      <legend>{t('policies.rates')}</legend>
      {list.map((rate, i) => {
        const name = rateLabel(lookup, policy, rate);
        return (
          <div key={rate.id} role="group" aria-label={name} className="inline-form">
            <DraftTextField
              label={t('policies.ratePerHour', { name })}
              type="number"
              initial={(rate.centsPerHour / 100).toFixed(2)}
              onChange={(v) => change(i, { ...rate, centsPerHour: v.trim() === '' ? Number.NaN : Math.round(Number(v) * 100) })}
            />
            <SelectField
              label={t('policies.rateBlock', { name })}
              value={String(rate.blockHours)}
              onChange={(v) => change(i, { ...rate, blockHours: Number(v) })}
              options={[
                { value: '4', label: t('policies.block4') },
                { value: '8', label: t('policies.block8') },
              ]}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
