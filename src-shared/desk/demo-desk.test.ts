import { describe, expect, it } from 'vitest';
import { ticketHealth } from '../board/board-model';
import { ticketClocks } from '../ticket/ticket-clocks';
import { at } from '../test-support/instants';
import { ContractPlans } from './contract-plans';
import { buildDemoDesk } from './demo-desk';
import { DEMO_TEXTS } from './demo-texts';
import { parseDeskFile } from './desk-file';
import { writeDeskFile } from './desk-file-write';

describe('buildDemoDesk', () => {
  const plans = new ContractPlans();
  const now = at('2026-03-04T11:00:00+01:00');
  const desk = buildDemoDesk(now, plans);

  it('passes the same checks as an imported file', () => {
    expect(parseDeskFile(JSON.stringify(writeDeskFile(desk, now)), plans).tickets).toHaveLength(50);
  });

  // Wednesday 11:00, Monday a minute after opening, Saturday noon, Monday 08:00 before opening.
  it.each(['2026-03-04T11:00:00+01:00', '2026-03-02T08:31:00+01:00', '2026-03-07T12:00:00+01:00', '2026-03-09T08:00:00+01:00'])(
    'built at %s, has nothing in the future, and every ticket’s events in time order',
    (when) => {
      const built = at(when);
      for (const t of buildDemoDesk(built, plans).tickets) {
        const times = t.events.map((e) => e.at);
        expect(times.every((time) => time < built)).toBe(true);
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    },
  );

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

  describe('in Dutch', () => {
    const dutch = buildDemoDesk(now, plans, 50, 'nl');
    const texts = (d: typeof desk) =>
      d.tickets.flatMap((t) =>
        t.events
          .flatMap((e) => [e.kind === 'created' ? (e.title ?? '') : '', ...(e.kind === 'created' ? [e.description ?? ''] : []), e.note ?? ''])
          .filter((x) => x !== ''),
      );
    const withoutTexts = (d: typeof desk) =>
      JSON.parse(JSON.stringify(d, (key, value: unknown) => (['title', 'description', 'note'].includes(key) ? '' : value))) as unknown;

    it('is the same desk, its texts apart', () => {
      expect(withoutTexts(dutch)).toEqual(withoutTexts(desk));
      expect(buildDemoDesk(now, plans, 50, 'nl')).toEqual(dutch);
    });

    it('has Dutch titles, descriptions and notes: none of the English ones', () => {
      const english = new Set(texts(desk));
      expect(texts(dutch).filter((text) => english.has(text))).toEqual([]);
      expect(texts(dutch)).toContain('Inlogpagina geeft een foutmelding');
      expect(DEMO_TEXTS.nl.titles).toHaveLength(DEMO_TEXTS.en.titles.length);
    });

    it('passes the same checks as an imported file', () => {
      expect(parseDeskFile(JSON.stringify(writeDeskFile(dutch, now)), plans).tickets).toHaveLength(50);
    });
  });
});
