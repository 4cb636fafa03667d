import type { Status } from '../policy/policy-types';
import type { TicketEvent } from '../ticket/ticket-event';
import type { ContractPlans } from './contract-plans';
import type { DeskImport } from './desk-file';
import { DEMO_TEXTS } from './demo-texts';
import type { AppLanguage } from '../ipc/ipc-contract';

const HOUR = 3_600_000;

const CUSTOMERS = [
  { id: 'cus-houten', name: 'Gemeente Houten', contract: { id: 'con-houten', name: 'Scope4mation Support', policyId: 'scope4mation', planId: 'support' } },
  {
    id: 'cus-rivierenland',
    name: 'Waterschap Rivierenland',
    contract: { id: 'con-rivierenland', name: 'Scope4mation QaaS', policyId: 'scope4mation', planId: 'qaas' },
  },
  { id: 'cus-fietsen', name: 'Fietsenwinkel.nl', contract: { id: 'con-fietsen', name: 'Connect & Engage', policyId: 'connect-engage', planId: 'standard' } },
  {
    id: 'cus-acme',
    name: 'Acme Logistics',
    contract: { id: 'con-acme', name: 'Konneqt Enterprise (Chicago)', policyId: 'konneqt', planId: 'enterprise', zone: 'America/Chicago' },
  },
  { id: 'cus-pampa', name: 'Pampa Pagos', contract: { id: 'con-pampa', name: 'Konneqt Basic', policyId: 'konneqt', planId: 'basic' } },
] as const;

const AGENTS = ['Anna de Vries', 'Bram Jansen', 'Carla Smit'];

/** How far along a demo ticket is: a scenario per ticket, so every state appears. */
type Scenario = 'fresh' | 'at_risk' | 'breached' | 'working' | 'waiting' | 'stalled' | 'closed' | 'escalated';
const SCENARIOS: readonly Scenario[] = ['fresh', 'at_risk', 'breached', 'working', 'waiting', 'stalled', 'closed', 'escalated'];

/**
 * A demo desk relative to `now`: five customers under all three presets and about fifty tickets
 * in every state (on track, at risk, breached, paused, waiting past the reply term, closed).
 * Deterministic for a given `now`; times are placed in business time on each plan's calendar.
 * The tickets' texts are in `language` (the user's); nothing else depends on it.
 */
export function buildDemoDesk(now: number, plans: ContractPlans, count = 50, language: AppLanguage = 'en'): DeskImport {
  const texts = DEMO_TEXTS[language];
  const tickets: DeskImport['tickets'][number][] = [];
  for (let i = 0; i < count; i++) {
    const customer = CUSTOMERS[i % CUSTOMERS.length] as (typeof CUSTOMERS)[number];
    const plan = plans.planFor(customer.contract);
    const types = plan.policy.types.filter((t) => t.hasSla);
    const type = (types[i % types.length] ?? types[0])!;
    const priorities = plan.prioritiesFor(type.id);
    const priority = priorities.length > 0 ? priorities[(i >> 1) % priorities.length]?.id : undefined;
    const targets = plan.targetsFor(type.id, priority ?? null, 'production');
    const first = targets.response ?? targets.update ?? targets.resolution ?? { ms: 4 * HOUR, calendar: plan.calendar };
    const cal = first.calendar;
    const scenario = SCENARIOS[i % SCENARIOS.length] as Scenario;
    const back = (ms: number) => Math.min(now - 60_000, cal.addWorkingTime(now, -Math.max(60_000, Math.round(ms))));
    const fraction = { fresh: 0.2, at_risk: 0.85, breached: 1.4, working: 2, waiting: 1.5, stalled: 3, closed: 4, escalated: 2.5 }[scenario];
    const createdAt = scenario === 'stalled' && plan.replyTerm ? back(plan.replyTerm.ms + 3 * HOUR) : back(first.ms * fraction);
    const id = `demo-${String(i + 1).padStart(3, '0')}`;
    let seq = 0;
    const ev = (at: number, e: Record<string, unknown>) =>
      ({ id: `${id}-e${++seq}`, at, by: AGENTS[i % AGENTS.length], ...e }) as unknown as TicketEvent & { id: string };
    const events = [
      ev(createdAt, {
        kind: 'created',
        number: `T-${1001 + i}`,
        title: texts.titles[i % texts.titles.length],
        description: texts.description,
        customerId: customer.id,
        contractId: customer.contract.id,
        type: type.id,
        environment: i % 11 === 10 ? 'acceptance' : 'production',
        channel: plan.priority(priority ?? '')?.mustPhone ? 'phone' : (['portal', 'email', 'phone'] as const)[i % 3],
        ...(priority ? { priority } : {}),
      }),
    ];
    const step = (offsetFraction: number) =>
      Math.min(now - 1000, Math.max(createdAt + 1000, cal.addWorkingTime(createdAt, Math.round(first.ms * offsetFraction))));
    const status = (at: number, s: Status) => events.push(ev(at, { kind: 'status_changed', status: s }));
    switch (scenario) {
      case 'fresh':
      case 'at_risk':
      case 'breached':
        break;
      case 'working':
        events.push(ev(step(0.5), { kind: 'responded' }));
        status(step(0.5), 'in_progress');
        events.push(ev(step(0.6), { kind: 'assigned', assignee: AGENTS[(i + 1) % AGENTS.length] }));
        break;
      case 'waiting':
        events.push(ev(step(0.4), { kind: 'responded' }));
        status(step(0.4), 'in_progress');
        status(step(0.9), 'waiting_for_customer');
        break;
      case 'stalled':
        events.push(ev(step(0.2), { kind: 'responded' }));
        status(step(0.2), 'in_progress');
        if (plan.replyTerm) status(cal.addWorkingTime(now, -(plan.replyTerm.ms + HOUR)), 'waiting_for_customer');
        else status(step(0.3), 'waiting_for_development');
        break;
      case 'closed':
        events.push(ev(step(0.3), { kind: 'responded' }));
        status(step(0.3), 'in_progress');
        events.push(ev(step(1.2), { kind: 'resolved', note: texts.resolvedNote }));
        status(step(1.3), 'closed');
        break;
      case 'escalated':
        events.push(ev(step(0.3), { kind: 'responded' }));
        status(step(0.3), 'in_progress');
        events.push(ev(step(0.5), { kind: 'escalated', line: plan.policy.lines[1]?.id ?? 'second' }));
        events.push(ev(step(0.6), { kind: 'assigned', assignee: AGENTS[(i + 2) % AGENTS.length] }));
        break;
    }
    tickets.push({ id, events: events.sort((a, b) => a.at - b.at) });
  }
  return {
    customers: CUSTOMERS.map((c) => ({ id: c.id, name: c.name, createdAt: now - 90 * 24 * HOUR })),
    contracts: CUSTOMERS.map((c) => ({ ...c.contract, customerId: c.id, createdAt: now - 90 * 24 * HOUR })),
    agents: AGENTS.map((name, i) => ({ id: `agent-${i + 1}`, name })),
    tickets,
    ticketCounter: 1000 + count,
  };
}
