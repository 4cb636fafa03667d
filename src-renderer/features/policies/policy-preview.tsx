import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { closingDaysOfYear } from '../../../src-shared/calendar/closing-days';
import type { PolicyVersionRef } from '../../../src-shared/policy/desk-policy';
import { compileVersionPlan, previewVersion, type VersionPreview } from '../../../src-shared/policy/version-preview';
import { toIsoUtc } from '../../../src-shared/time/instant';
import { useNow } from '../../clock/app-clock';
import { useI18n } from '../../i18n/i18n';
import { priorityLabel, typeLabel } from '../../i18n/policy-labels';
import { formatInstant } from '../../ui/format';
import { planCalendar, type PolicyDraft } from './policy-draft';
import { ClosingDayRow } from '../desk/closing-days';

/**
 * The live preview beside the editor: when a ticket registered now would be due under the draft
 * (and under the version in force, to see it move), the plan calendar's next 20 working windows,
 * and this year's closing days with their names. A mistake shows before it is adopted.
 */
export function PolicyPreview({ draft, base, planId, isValid }: { draft: PolicyDraft; base: PolicyVersionRef | null; planId: string; isValid: boolean }) {
  const { t, lookup, locale, language } = useI18n();
  // The preview moves by the minute: due times are shown to the minute.
  const minute = Math.floor(useNow(15_000) / 60_000) * 60_000;
  const compiled = useMemo(() => (isValid ? compileVersionPlan(draft.policy, draft.calendars, planId) : null), [draft, planId, isValid]);
  const preview = useMemo(() => (compiled ? previewVersion(compiled, minute) : null), [compiled, minute]);
  const inForce = useMemo((): VersionPreview | null => {
    if (!base || !base.policy.plans.some((p) => p.id === planId)) return null;
    return previewVersion(compileVersionPlan(base.policy, base.calendars, planId), minute, preview?.priorityId);
  }, [base, planId, minute, preview?.priorityId]);
  const spec = planCalendar(draft, planId);
  const zone = preview?.zone ?? spec?.zone ?? 'UTC';
  const year = DateTime.fromMillis(minute, { zone }).year;
  const closing = useMemo(() => {
    if (!isValid || !spec) return [];
    return closingDaysOfYear(spec, year, language);
  }, [isValid, spec, year, language]);
  if (!preview)
    return (
      <section aria-label={t('policies.preview')}>
        <p className="muted">{t('policies.previewNeedsValid')}</p>
      </section>
    );
  const at = (ms: number) => formatInstant(ms, zone, locale);
  return (
    <section aria-label={t('policies.preview')} className="policy-preview">
      <h4>{t('policies.preview')}</h4>
      <p>
        {t('policies.previewTicket', {
          priority: priorityLabel(lookup, draft.policy, preview.priorityId),
          type: typeLabel(lookup, draft.policy, preview.typeId),
          at: at(minute),
        })}
      </p>
      <table aria-label={t('policies.previewDue')}>
        <thead>
          <tr>
            <th scope="col">{t('policies.timer')}</th>
            <th scope="col">{t('policies.target')}</th>
            <th scope="col">{t('policies.dueDraft')}</th>
            {inForce ? <th scope="col">{t('policies.dueInForce')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {preview.due.map((d) => {
            const before = inForce?.due.find((x) => x.kind === d.kind);
            return (
              <tr key={d.kind}>
                <th scope="row">{t(`timer.${d.kind}`)}</th>
                <td>{d.targetText}</td>
                <td>
                  <time dateTime={toIsoUtc(d.due)}>{at(d.due)}</time>
                </td>
                {inForce ? <td>{before ? <time dateTime={toIsoUtc(before.due)}>{at(before.due)}</time> : '—'}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <table aria-label={t('policies.nextWindows', { count: preview.windows.length })}>
        <caption>{t('policies.nextWindows', { count: preview.windows.length })}</caption>
        <tbody>
          {preview.windows.map((w) => (
            <tr key={w.start}>
              <td>
                <time dateTime={toIsoUtc(w.start)}>{at(w.start)}</time>
              </td>
              <td>
                <time dateTime={toIsoUtc(w.end)}>{at(w.end)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label={t('policies.closingDays', { year })}>
        <caption>{t('policies.closingDays', { year })}</caption>
        <tbody>
          {closing.map((d) => (
            <ClosingDayRow key={d.date} day={d} zone={zone} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
