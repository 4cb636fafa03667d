import { describe, expect, it } from 'vitest';
import { ticketHealth } from '../board/board-model';
import { ticketClocks } from '../ticket/ticket-clocks';
import { at } from '../test-support/instants';
import { ContractPlans } from './contract-plans';
import { buildDemoDesk } from './demo-desk';
import { parseDeskFile } from './desk-file';
import { writeDeskFile } from './desk-file-write';

describe('buildDemoDesk', () => {
  const plans = new ContractPlans();
  const now = at('2026-03-04T11:00:00+01:00');
  const desk = buildDemoDesk(now, plans);

  it('passes the same checks as an imported file', () => {
    expect(parseDeskFile(JSON.stringify(writeDeskFile(desk, now)), plans).tickets).toHaveLength(50);
  });

  it('has tickets under all three presets in every state of the board', () => {
    expect(new Set(desk.contracts.map((c) => c.policyId))).toEqual(new Set(['scope4mation', 'connect-engage', 'konneqt']));
    const contracts = new Map(desk.contracts.map((c) => [c.id, c]));
    const healths = new Set<string>();
    const statuses = new Set<string>();
    let isReplyOver = false;
    for (const t of desk.tickets) {
      const created = t.events[0];
      if (created?.kind !== 'created') throw new Error('demo ticket without created event');
      const plan = plans.planFor(contracts.get(created.contractId ?? '')!);
      const clocks = ticketClocks(plan, t.events, now);
      healths.add(ticketHealth(clocks, now, now, 0.75));
      statuses.add(clocks.status);
      if (clocks.timers.reply?.state === 'breached') isReplyOver = true;
    }
    expect([...healths]).toEqual(expect.arrayContaining(['on_track', 'at_risk', 'breached', 'paused', 'met', 'none']));
    expect([...statuses]).toEqual(expect.arrayContaining(['new', 'in_progress', 'waiting_for_customer', 'waiting_for_development', 'closed']));
    expect(isReplyOver).toBe(true);
  });
});
