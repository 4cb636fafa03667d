import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';
const SCOPE = 'Scope4mation basic SLA';
const ENGAGE = 'Connect & Engage SLA';
const KONNEQT = 'Konneqt Support Services Policy';

test('the priority filter groups priorities by preset and filters exactly by the one chosen', async ({ desk, startAt }) => {
  await test.step('Arrange: the demo desk, whose Scope4mation and Connect & Engage tickets both carry a priority "high"', async () => {
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.loadDemoDesk();
  });
  await test.step('Assert: each preset has its own options, each named with its preset', async () => {
    await expect(desk.filterOptions('Priority', `High (${SCOPE})`)).toHaveCount(1);
    await expect(desk.filterOptions('Priority', `High (business critical) (${ENGAGE})`)).toHaveCount(1);
    await expect(desk.filterOptions('Priority', `P1 Critical (${KONNEQT})`)).toHaveCount(1);
  });
  await test.step("Act: choose Scope4mation's High", async () => {
    await desk.filterByOptionNamed('Priority', `High (${SCOPE})`);
  });
  await test.step('Assert: only Scope4mation tickets remain, none of Connect & Engage', async () => {
    await expect(desk.ticketCount(/^[1-9]\d* of 44 open tickets$/)).toBeVisible();
    await expect(desk.queueRows).not.toHaveCount(0);
    await expect(desk.queueRows.filter({ hasNotText: /Gemeente Houten|Waterschap Rivierenland/ })).toHaveCount(0);
  });
  await test.step("Act and assert: Connect & Engage's High shows only its own tickets", async () => {
    await desk.filterByOptionNamed('Priority', `High (business critical) (${ENGAGE})`);
    await expect(desk.queueRows).not.toHaveCount(0);
    await expect(desk.queueRows.filter({ hasNotText: 'Fietsenwinkel.nl' })).toHaveCount(0);
  });
  await test.step("Act and assert: Konneqt's P1 Critical shows only Konneqt's tickets", async () => {
    await desk.filterByOptionNamed('Priority', `P1 Critical (${KONNEQT})`);
    await expect(desk.queueRows).not.toHaveCount(0);
    await expect(desk.queueRows.filter({ hasNotText: /Acme Logistics|Pampa Pagos/ })).toHaveCount(0);
  });
});
