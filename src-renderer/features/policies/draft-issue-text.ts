import type { InputIssue } from '../../../src-shared/validation/issues';
import { refusalText } from '../../i18n/error-text';
import type { I18n } from '../../i18n/i18n';
import { priorityLabel, rateLabel } from '../../i18n/policy-labels';
import type { PolicyDraft } from './policy-draft';

/**
 * A problem with a draft as the editor names it: by the label of the field the manager typed in
 * ("Monday", "Response target for Normal", "Date of closure day 2"), then why, in the screen's
 * language. A field the form does not show keeps its path.
 */
export function draftIssueText(i18n: I18n, draft: PolicyDraft, issue: InputIssue): string {
  return `${fieldName(i18n, draft, issue.field)}: ${refusalText(i18n, issue)}`;
}

function fieldName(i18n: I18n, draft: PolicyDraft, field: string): string {
  const { t, lookup } = i18n;
  const day = /^calendars\.[^.]+\.week\.(mon|tue|wed|thu|fri|sat|sun)\b/.exec(field);
  if (day) return t(`policies.day.${day[1] as 'mon'}`);
  const closure = /^calendars\.[^.]+\.closures\[(\d+)\]\.(date|name|hours)/.exec(field);
  if (closure) {
    const n = Number(closure[1]) + 1;
    return t(closure[2] === 'date' ? 'policies.closureDate' : closure[2] === 'name' ? 'policies.closureName' : 'policies.closureHours', { n });
  }
  if (/^calendars\.[^.]+\.zone$/.test(field)) return t('policies.zone');
  if (/^calendars\.[^.]+\.holidays\b/.test(field)) return t('policies.holidays');
  if (/^calendars\.[^.]+\.week$/.test(field)) return t('policies.officeHours');
  const target = /^policy\.plans\[(\d+)\]\.priorities\[(\d+)\]\.targets\.(response|workaround|resolution|update)\b/.exec(field);
  if (target) {
    const priority = draft.policy.plans[Number(target[1])]?.priorities[Number(target[2])];
    return t('policies.targetOf', { timer: t(`timer.${target[3] as 'response'}`), priority: priority ? priorityLabel(lookup, draft.policy, priority.id) : '' });
  }
  const rate = /^policy\.plans\[(\d+)\]\.consultancy\[(\d+)\]\.(centsPerHour|blockHours)/.exec(field);
  if (rate) {
    const entry = draft.policy.plans[Number(rate[1])]?.consultancy?.[Number(rate[2])];
    const name = entry ? rateLabel(lookup, draft.policy, entry) : '';
    return t(rate[3] === 'centsPerHour' ? 'policies.ratePerHour' : 'policies.rateBlock', { name });
  }
  if (field === 'policy.clock.atRiskFraction') return t('policies.atRisk');
  if (field === 'policy.clock.replyTerm') return t('policies.replyTerm');
  if (field.startsWith('policy.clock.pausedIn')) return t('policies.pauses');
  if (field === 'policy.label') return t('policies.name');
  if (field === 'policy.id') return t('policies.id');
  return field;
}
