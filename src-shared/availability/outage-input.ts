import { issue, type InputIssue } from '../validation/issues';
import { OUTAGE_SCOPES, type OutageScope } from './outage-events';

/** What an agent says of an outage when reporting it: since when, and how bad. */
export interface OutageReportInput {
  /** Epoch ms, or null/NaN when not given or unreadable. */
  readonly startedAt: number | null;
  readonly scope: OutageScope | '';
}

/** The issues of an outage report: a start that is given and not in the future, a known scope. */
export function outageReportIssues(input: OutageReportInput, now: number): InputIssue[] {
  const issues: InputIssue[] = [];
  if (input.startedAt === null || Number.isNaN(input.startedAt)) issues.push(issue('outageStartedAt', 'say when the outage started', 'outage.start_required'));
  else if (input.startedAt > now) issues.push(issue('outageStartedAt', 'an outage cannot start in the future', 'outage.start_in_future'));
  if (!(OUTAGE_SCOPES as readonly string[]).includes(input.scope))
    issues.push(issue('outageScope', 'say whether nobody can use the product or it is degraded', 'outage.scope_required'));
  return issues;
}

/** The issues of an outage's end: given, not before its start, not in the future. */
export function outageEndIssues(endedAt: number | null, startedAt: number, now: number): InputIssue[] {
  if (endedAt === null || Number.isNaN(endedAt)) return [issue('outageEndedAt', 'say when the outage ended', 'outage.end_required')];
  if (endedAt < startedAt) return [issue('outageEndedAt', 'an outage cannot end before it started', 'outage.end_before_start')];
  if (endedAt > now) return [issue('outageEndedAt', 'an outage cannot end in the future', 'outage.end_in_future')];
  return [];
}
