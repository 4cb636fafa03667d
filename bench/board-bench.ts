import { GlobalRegistrator } from '@happy-dom/global-registrator';
import { ContractPlans } from '../src-shared/desk/contract-plans';
import type { TicketEvent } from '../src-shared/ticket/ticket-event';
import type { BenchFigure } from './engine-bench';

const HOUR = 3_600_000;

/**
 * The board with 10,000 open tickets, rendered by React into happy-dom: the first render
 * (evaluate every ticket's clocks, order the queue, render the visible rows) and one tick
 * (re-render the visible rows with the time one second later).
 */
export async function benchBoard(): Promise<BenchFigure[]> {
  GlobalRegistrator.register({ width: 1400, height: 900 });
  const { createElement } = await import('react');
  const { flushSync } = await import('react-dom');
  const { createRoot } = await import('react-dom/client');
  const { buildBoardEntries, entryCacheFor } = await import('../src-renderer/features/board/board-entries');
  const { QueueView } = await import('../src-renderer/features/board/queue-view');
  const { I18nProvider } = await import('../src-renderer/i18n/i18n');

  const plans = new ContractPlans();
  const contracts = [
    { id: 'c1', customerId: 'u1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: 0 },
    { id: 'c2', customerId: 'u2', name: 'C&E', policyId: 'connect-engage', planId: 'standard', createdAt: 0 },
    { id: 'c3', customerId: 'u3', name: 'Enterprise', policyId: 'konneqt', planId: 'enterprise', createdAt: 0 },
  ] as const;
  const now = Date.UTC(2026, 2, 4, 10, 0);
  const tickets = Array.from({ length: 10_000 }, (_, i) => {
    const contract = contracts[i % 3]!;
    const plan = plans.planFor(contract);
    const type = plan.policy.types[0]!.id;
    const priority = plan.prioritiesFor(type)[i % plan.prioritiesFor(type).length]?.id;
    const at = now - ((i * 7919) % (72 * HOUR));
    const events: (TicketEvent & { id: string; ticketId: string; seq: number })[] = [
      {
        id: `e${i}-1`,
        ticketId: `t${i}`,
        seq: 1,
        kind: 'created',
        at,
        type,
        ...(priority ? { priority } : {}),
        number: `T-${10_000 + i}`,
        title: `Ticket ${i}`,
        customerId: contract.customerId,
        contractId: contract.id,
      },
    ];
    if (i % 2 === 0) events.push({ id: `e${i}-2`, ticketId: `t${i}`, seq: 2, kind: 'responded', at: at + 10 * 60_000 });
    if (i % 4 === 0) events.push({ id: `e${i}-3`, ticketId: `t${i}`, seq: 3, kind: 'status_changed', at: at + 20 * 60_000, status: 'waiting_for_customer' });
    const row = {
      id: `t${i}`,
      number: `T-${10_000 + i}`,
      title: `Ticket ${i}`,
      description: '',
      customerId: contract.customerId,
      contractId: contract.id,
      type,
      environment: 'production' as const,
      channel: 'portal' as const,
      status: 'new' as const,
      priority: priority ?? null,
      line: null,
      assignee: null,
      isResponded: false,
      isResolved: false,
      createdAt: at,
      updatedAt: at,
      eventCount: events.length,
      isOpen: 1 as const,
    };
    return { row, events: events.filter((e) => e.at <= now), contract };
  });
  const names = new Map([
    ['u1', 'Gemeente Houten'],
    ['u2', 'Fietsenwinkel.nl'],
    ['u3', 'Acme Logistics'],
  ]);
  // warm up the calendars and the JIT on a smaller board
  buildBoardEntries(tickets.slice(0, 2_000), plans, names, now);

  // happy-dom does no layout: give every element the size of a 1400×800 board, as a window would.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { get: () => 1400 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { get: () => 800 });
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const view = (entries: ReturnType<typeof buildBoardEntries>, at: number) =>
    createElement(
      I18nProvider,
      { language: 'en' },
      createElement(QueueView, {
        entries,
        selectedId: null,
        selectedIndex: -1,
        onSelect: () => undefined,
        onTriage: () => undefined,
        onCloseAdministratively: () => undefined,
        now: at,
      }),
    );

  const countRows = () => container.querySelectorAll('[role="row"]').length - 1;
  const cache = entryCacheFor([]);
  const t0 = performance.now();
  const entries = buildBoardEntries(tickets, plans, names, now, null, cache);
  const evaluated = performance.now() - t0;
  // The virtualiser measures its scroll box in a layout effect, then renders the rows in view.
  for (let pass = 0; pass < 3 && countRows() <= 0; pass++) flushSync(() => root.render(view(entries, now)));
  const firstRender = performance.now() - t0;
  const rows = countRows();

  const ticks = 200;
  const t1 = performance.now();
  for (let i = 1; i <= ticks; i++) flushSync(() => root.render(view(entries, now + i * 1000)));
  const tick = (performance.now() - t1) / ticks;

  // One ticket changes (an agent responds): only it is evaluated again, then the queue re-renders.
  const changed = tickets.map((t, i) =>
    i === 5_000 ? { ...t, events: [...t.events, { ...t.events[0]!, id: 'x', seq: 9, kind: 'responded' as const, at: now }] } : t,
  );
  const t2 = performance.now();
  const afterChange = buildBoardEntries(changed, plans, names, now + 1000, null, cache);
  flushSync(() => root.render(view(afterChange, now + 1000)));
  const oneChange = performance.now() - t2;
  root.unmount();
  return [
    { name: `board first render, 10,000 open tickets (${rows} rows in view)`, value: Math.round(firstRender), unit: 'ms', goal: '< 200 ms' },
    { name: "  of which evaluating and ordering 10,000 tickets' clocks", value: Math.round(evaluated), unit: 'ms', goal: '' },
    { name: 'board tick (one second later), 10,000 open tickets', value: Math.round(tick * 100) / 100, unit: 'ms', goal: '< 4 ms' },
    { name: 'board after one ticket changed, 10,000 open tickets', value: Math.round(oneChange * 10) / 10, unit: 'ms', goal: '' },
  ];
}
