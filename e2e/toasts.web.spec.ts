import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('messages', () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(WEDNESDAY_1100);
    await desk.open();
  });

  test('loading the demo desk says so, in the status region', async ({ desk }) => {
    await desk.loadDemoDesk();
    await expect(desk.messages).toContainText('Demo desk loaded: 50 tickets.');
    await expect(desk.messages).toHaveAttribute('aria-live', 'polite');
  });

  test('a message covers no control: not the queue, the detail or its actions', async ({ desk }) => {
    await test.step('Arrange: the demo desk with a ticket open in the detail', async () => {
      await desk.loadDemoDesk();
      await desk.queueRows.first().click();
      await expect(desk.detail).toBeVisible();
    });
    await test.step('Act: register a ticket, which says so', async () => {
      await desk.registerTicket({ title: 'Printer on fire' });
      await expect(desk.messages).toContainText(/Registered T-\d+\./);
    });
    await test.step('Assert: the message lies outside the header, the board and the detail', async () => {
      const message = await desk.messages.boundingBox();
      expect(message).not.toBeNull();
      for (const region of [desk.header, desk.board, desk.detail]) {
        const box = await region.boundingBox();
        expect(box).not.toBeNull();
        if (!message || !box) continue;
        const overlaps =
          message.x < box.x + box.width && box.x < message.x + message.width && message.y < box.y + box.height && box.y < message.y + message.height;
        expect(overlaps).toBe(false);
      }
    });
  });
});
