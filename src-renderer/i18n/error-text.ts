import { POLICY_PRESETS } from '../../src-shared/policy/presets';
import { STATUSES } from '../../src-shared/policy/policy-types';
import { InputError, type InputIssue, type IssueParams } from '../../src-shared/validation/issues';
import type { I18n } from './i18n';
import { lineLabel, planLabel, policyLabel, priorityLabel, typeLabel } from './policy-labels';

/**
 * An error in the screen's language. An InputError's issues are said from their codes, with the
 * ids among their parameters named (statuses, and a preset's priorities, types, lines and plans)
 * and their fields by their labels; an issue whose code this screen does not know keeps its
 * English reason, a field without a label its path.
 */
export function errorText(i18n: I18n, error: unknown): string {
  if (error instanceof InputError) return error.issues.map((issue) => issueText(i18n, issue)).join('; ');
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

export function issueText(i18n: I18n, issue: InputIssue): string {
  return `${fieldLabel(i18n, issue.field)}: ${reasonText(i18n, issue)}`;
}

/**
 * Why a command is not open to a ticket (a refusal from `allowedCommands`), in the screen's
 * language and without the field: what a screen says beside the control it does not offer.
 */
export function refusalText(i18n: I18n, refusal: InputIssue): string {
  return reasonText(i18n, refusal);
}

function reasonText(i18n: I18n, issue: InputIssue): string {
  return issue.code ? i18n.lookup(`issue.${issue.code}`, issue.reason, namedParams(i18n, issue.params ?? {})) : issue.reason;
}

/** A field by its label: the whole path's, or its last part's (`contract.zone` → Time zone); otherwise the path. */
function fieldLabel(i18n: I18n, field: string): string {
  const path = field.replace(/^\./, '');
  const last = path.split('.').pop() ?? path;
  return i18n.lookup(`field.${path}`, /^[A-Za-z]+$/.test(last) ? i18n.lookup(`field.${last}`, path) : path);
}

function namedParams(i18n: I18n, params: IssueParams): Record<string, string | number> {
  const { lookup } = i18n;
  const policy = typeof params['policy'] === 'string' ? POLICY_PRESETS[params['policy']] : undefined;
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    if (['status', 'from', 'to'].includes(name) && (STATUSES as readonly string[]).includes(value)) out[name] = lookup(`status.${value}`, value);
    if (!policy) continue;
    if (name === 'priority') out[name] = priorityLabel(lookup, policy, value);
    if (name === 'type') out[name] = typeLabel(lookup, policy, value);
    if (name === 'line') out[name] = lineLabel(lookup, policy, value);
    if (name === 'plan') out[name] = planLabel(lookup, policy, value);
    if (name === 'policy') out[name] = policyLabel(lookup, policy);
  }
  return out;
}
