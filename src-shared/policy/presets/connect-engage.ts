import type { Policy } from '../policy-types';

const INCIDENT = ['incident'];
const REQUEST = ['request'];

export const connectEngage: Policy = {
  id: 'connect-engage',
  label: 'Connect & Engage SLA',
  source: 'Connect & Engage Service Level Agreement, July 2024',
  types: [
    { id: 'request', label: 'Support request', hasSla: true, usesPriority: true },
    { id: 'incident', label: 'Incident', hasSla: true, usesPriority: true },
  ],
  lines: [
    { id: 'first', label: 'First line' },
    { id: 'second', label: 'Second line' },
    { id: 'third', label: 'Third line' },
  ],
  // P1/P2 escalate immediately, P3 in business hours, P4/P5 planned (SPEC §2); High and P1 are phoned.
  escalation: {
    lineTrigger: 'agent_decides',
    byPriority: { p1: 'immediately', p2: 'immediately', p3: 'business_hours', p4: 'planned', p5: 'planned' },
    phoneContact: ['high', 'p1'],
  },
  plans: [
    {
      id: 'standard',
      label: 'Standard',
      calendar: 'connect-engage-business',
      defaultPriority: 'normal',
      // The document names no default incident priority: P3, the lowest that still carries an
      // update cadence and the status page, so no incident slips silently (docs/decisions/0004).
      defaultPriorities: { incident: 'p3' },
      priorities: [
        { id: 'high', label: 'High (business critical)', targets: { response: '1h' }, appliesTo: REQUEST },
        { id: 'normal', label: 'Normal (general inquiry)', targets: { response: '8h' }, appliesTo: REQUEST },
        // P1 and P2 escalate immediately: their update cadence runs around the clock.
        { id: 'p1', label: 'P1 Critical', targets: { update: { within: '15m', calendar: '24x7' } }, appliesTo: INCIDENT },
        { id: 'p2', label: 'P2 Major', targets: { update: { within: '30m', calendar: '24x7' } }, appliesTo: INCIDENT },
        { id: 'p3', label: 'P3 Significant', targets: { update: '120m' }, appliesTo: INCIDENT },
        { id: 'p4', label: 'P4 Limited', targets: {}, appliesTo: INCIDENT },
        { id: 'p5', label: 'P5 Minor', targets: {}, appliesTo: INCIDENT },
      ],
    },
  ],
  clock: {
    responseFrom: 'created',
    timersFrom: 'created',
    pausedIn: { response: [], workaround: [], resolution: [], update: [] },
    atRiskFraction: 0.75,
  },
};
