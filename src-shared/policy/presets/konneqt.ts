import type { Policy } from '../policy-types';

export const konneqt: Policy = {
  id: 'konneqt',
  label: 'Konneqt Support Services Policy',
  source: 'Konneqt Support Services Policy, effective 2025-02-26',
  types: [
    { id: 'incident', label: 'Incident', hasSla: true, usesPriority: true },
    { id: 'query', label: 'Query (general question)', hasSla: true, usesPriority: false },
    { id: 'security_report_analysis', label: 'Security Report Analysis', hasSla: true, usesPriority: false },
    { id: 'service_request', label: 'Service Request', hasSla: true, usesPriority: false },
    { id: 'change_request', label: 'Change Request', hasSla: false, usesPriority: false },
  ],
  lines: [
    { id: 'l1', label: 'L1 initial handling' },
    { id: 'l2', label: 'L2 diagnosis' },
    { id: 'l3', label: 'L3 advanced troubleshooting' },
    { id: 'l4', label: 'L4 product updates' },
  ],
  // L1 → L4 at the agent's judgement; a missed workaround or resolution target convenes the war team (SPEC §3).
  escalation: { lineTrigger: 'agent_decides', warTeam: 'missed_workaround_or_resolution', phoneContact: ['p0', 'p1'] },
  plans: [
    {
      id: 'enterprise',
      label: 'Enterprise (8×5)',
      calendar: 'konneqt-enterprise-8x5',
      defaultPriority: 'p3',
      priorities: [
        { id: 'p0', label: 'P0 Catastrophic (managed deployments only)', targets: { response: '30m', workaround: '4h', resolution: '48h', update: '4h' } },
        { id: 'p1', label: 'P1 Critical', targets: { response: '1h', workaround: '24h', resolution: '48h', update: '4h' } },
        { id: 'p2', label: 'P2 High', targets: { response: '4h', workaround: '48h', resolution: '72h', update: '4h' } },
        { id: 'p3', label: 'P3 Medium', targets: { response: '6h', workaround: '72h', resolution: '1bw', update: '4h' } },
      ],
      typeTargets: {
        query: { response: '1bd' },
        security_report_analysis: { response: '1h', resolution: '2bw' },
        service_request: { response: '1bd' },
      },
      queryHourLimit: 50,
    },
    {
      id: 'basic',
      label: 'Basic (Americas 12×5)',
      calendar: 'konneqt-americas-12x5',
      defaultPriority: 'p3',
      productionOnly: true,
      priorities: [
        { id: 'p1', label: 'P1 Critical', targets: { response: '2h', workaround: '12h' } },
        { id: 'p2', label: 'P2 High', targets: { response: '4h', workaround: '24h' } },
        // The policy's "72 Business Week" is read as 72 hours.
        { id: 'p3', label: 'P3 Medium', targets: { response: '8h', workaround: '72h' } },
      ],
      typeTargets: { query: { response: '1bd' } },
      queryHourLimit: 25,
    },
  ],
  clock: {
    responseFrom: 'earliest_report_or_awareness',
    timersFrom: 'acknowledged',
    // "considering any delays in the Subscriber's provision of necessary information"
    pausedIn: {
      response: [],
      workaround: ['waiting_for_customer'],
      resolution: ['waiting_for_customer'],
      update: ['waiting_for_customer'],
    },
    atRiskFraction: 0.75,
  },
};
