import type { PlanDef, Policy, PriorityDef } from '../policy-types';

const PRIORITIES: readonly PriorityDef[] = [
  {
    id: 'low',
    label: 'Low',
    description: 'Business processes are not affected; no urgency.',
    targets: { response: '8h', resolution: '32h' },
    practice: [
      { percent: 90, within: '16h' },
      { percent: 95, within: '24h' },
      { percent: 100, within: '32h' },
    ],
  },
  {
    id: 'normal',
    label: 'Normal',
    description: 'Some disruption; some employees cannot work in the standard way.',
    targets: { response: '4h', resolution: '16h' },
    practice: [
      { percent: 90, within: '8h' },
      { percent: 95, within: '16h' },
      { percent: 100, within: '20h' },
    ],
  },
  {
    id: 'high',
    label: 'High',
    description: 'Major impact and/or high urgency. Always phoned in; assigned at once.',
    targets: { response: '2h', resolution: '8h' },
    mustPhone: true,
    practice: [
      { percent: 90, within: '4h' },
      { percent: 95, within: '8h' },
      { percent: 100, within: '12h' },
    ],
  },
  {
    id: 'saas_unavailable',
    label: 'SaaS environment unavailable',
    description: 'Raised by monitoring, handled 24/7.',
    targets: { response: '15m', resolution: '2h' },
    calendar: '24x7',
  },
];

const plan = (id: string, label: string, consultancy: PlanDef['consultancy']): PlanDef => ({
  id,
  label,
  calendar: 'scope4mation-office',
  priorities: PRIORITIES,
  defaultPriority: 'normal',
  consultancy,
});

const NON_QIXIUM = { id: 'non_qixium', label: 'Non-Qixium (legacy; preparation charged)', centsPerHour: 25_000, blockHours: 8 };

export const scope4mation: Policy = {
  id: 'scope4mation',
  label: 'Scope4mation basic SLA',
  source: 'Scope4mation basic SLA, valid from 2026-03-01 (Dutch original wins)',
  types: [
    { id: 'question', label: 'Question', hasSla: true, usesPriority: true },
    { id: 'disruption', label: 'Disruption', hasSla: true, usesPriority: true },
    { id: 'bug', label: 'Bug', hasSla: true, usesPriority: true },
    { id: 'development_request', label: 'Development Request', hasSla: false, usesPriority: true },
    { id: 'consultancy_request', label: 'Consultancy Request', hasSla: false, usesPriority: true },
  ],
  lines: [
    { id: 'first', label: 'First line' },
    { id: 'second', label: 'Second line' },
    { id: 'third', label: 'Third line' },
  ],
  // First line → second → third at the agent's judgement; High is phoned in (its `mustPhone`).
  escalation: { lineTrigger: 'agent_decides' },
  plans: [
    plan('support', 'Support', [{ id: 'ad_hoc', label: 'Ad-hoc support (Support)', centsPerHour: 25_000, blockHours: 4 }, NON_QIXIUM]),
    plan('qaas', 'QaaS', [{ id: 'qaas', label: 'With QaaS subscription', centsPerHour: 15_000, blockHours: 4 }, NON_QIXIUM]),
  ],
  clock: {
    responseFrom: 'created',
    timersFrom: 'created',
    pausedIn: { response: [], workaround: [], resolution: ['waiting_for_customer', 'waiting_for_development'], update: [] },
    replyTerm: '10bd',
    nonProductionPriority: 'low',
    atRiskFraction: 0.75,
  },
};
