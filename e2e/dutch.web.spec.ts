import { englishOn } from './support/english-leaks';
import { DutchDeskPage } from './pages/dutch-desk-page';
import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('a Dutch screen shows no English', () => {
  test('the board, the details with every explanation, the dialogs and a refusal', async ({ desk, startAt, page }) => {
    test.setTimeout(120_000); // a walk through every screen, with ten tickets' explanations
    const nl = new DutchDeskPage(page);
    await test.step('Arrange: the demo desk, loaded in Dutch, with an agent', async () => {
      await startAt(WEDNESDAY_1100);
      await desk.open();
      // The check itself: on the English screen it finds the English texts.
      expect(await englishOn(page)).toContain('"Load demo desk" (desk.loadDemo)');
      await desk.setLanguage('Nederlands');
      await nl.loadDemoDesk();
      await expect(nl.queue).toBeVisible();
      await nl.setAgent('Dirk');
    });
    await test.step('the queue and its filters', async () => {
      expect(await englishOn(page)).toEqual([]);
    });
    await test.step('the view by status', async () => {
      await nl.viewByStatus();
      expect(await englishOn(page)).toEqual([]);
      await nl.viewQueue();
    });
    await test.step('the details of ten tickets, every clock explained', async () => {
      for (let i = 0; i < 10; i++) {
        await nl.openTicketAt(i);
        await nl.openEveryExplanation();
        expect(await englishOn(page), `ticket ${i + 1} of the queue`).toEqual([]);
      }
    });
    await test.step('a paused clock says the status it waits in, a stopped one what stopped it', async () => {
      // Gemeente Houten's waiting tickets (Scope4mation, High) have responded and pause their resolution.
      await nl.filterBy('Klant', 'Gemeente Houten');
      await nl.filterBy('Status', 'Wacht op klant');
      await nl.openTicketAt(0);
      const lines = await nl.openEveryExplanation();
      await expect(lines.filter({ hasText: 'gepauzeerd: Wacht op klant' }).first()).toBeVisible();
      await expect(lines.filter({ hasText: 'gestopt: gereageerd' }).first()).toBeVisible();
      expect(await englishOn(page)).toEqual([]);
    });
    await test.step('a refused priority change, in Dutch', async () => {
      await nl.setPriority('Laag', '');
      await expect(nl.alert).toContainText('Reden van de wijziging: een prioriteitswijziging heeft een reden nodig');
      expect(await englishOn(page)).toEqual([]);
    });
    await test.step('the register dialog, and a registration refused', async () => {
      await nl.openRegisterDialog();
      expect(await englishOn(page)).toEqual([]);
      await nl.register({ contract: 'Gemeente Houten — Scope4mation Support', title: 'Alles ligt plat', priority: 'Hoog' });
      await expect(nl.registerDialog().getByRole('alert')).toContainText('Prioriteit: Hoog moet telefonisch gemeld worden');
      expect(await englishOn(page)).toEqual([]);
      // A Konneqt incident: its workaround, resolution and updates wait for the acknowledgement.
      await nl.register({ contract: 'Acme Logistics — Konneqt Enterprise (Chicago)', title: 'Alles ligt plat', type: 'Incident', priority: 'P1 Kritiek' });
      await expect(nl.registerDialog()).toBeHidden();
      await page.clock.fastForward('00:05:00');
      const lines = await nl.openEveryExplanation();
      await expect(lines.filter({ hasText: 'niet gestart: wacht op bevestiging' }).first()).toBeVisible();
      expect(await englishOn(page)).toEqual([]);
    });
    await test.step('the closed tickets list, a closed ticket in the detail, and a reopen said in the status bar', async () => {
      await nl.viewClosed();
      await expect(page.getByText('Gesloten meldingen getoond: 6')).toBeVisible();
      expect(await englishOn(page)).toEqual([]);
      const number = await nl.closedNumberAt(0);
      await nl.closedRows
        .first()
        .getByRole('button', { name: `${number} tonen` })
        .click();
      await expect(nl.detail.getByRole('heading', { level: 2 })).toContainText(number);
      await nl.openEveryExplanation();
      expect(await englishOn(page)).toEqual([]);
      await nl.closedRows
        .first()
        .getByRole('button', { name: `${number} heropenen` })
        .click();
      await expect(nl.statusBar).toContainText(`${number} heropend.`);
      expect(await englishOn(page)).toEqual([]);
      await nl.viewQueue();
    });
    await test.step('the customers dialog, for every preset', async () => {
      const dialog = await nl.openCustomers();
      for (const preset of ['Scope4mation basis-SLA', 'Connect & Engage-SLA', 'Konneqt-ondersteuningsbeleid']) {
        await nl.chooseCustomerPreset(preset);
        expect(await englishOn(page), preset).toEqual([]);
      }
      await nl.closeDialog(dialog);
    });
    await test.step('the desk data dialog', async () => {
      const dialog = await nl.openDeskData();
      expect(await englishOn(page)).toEqual([]);
      await nl.closeDialog(dialog);
    });
    await test.step('the backups dialog, with a backup made, and the settings dialog', async () => {
      await page.getByRole('banner').getByRole('button', { name: 'Back-ups' }).click();
      const backups = page.getByRole('dialog', { name: 'Back-ups' });
      await Promise.all([page.waitForEvent('download'), backups.getByRole('button', { name: 'Nu back-up maken' }).click()]);
      await expect(backups).toContainText('Laatste back-up:');
      expect(await englishOn(page)).toEqual([]);
      await nl.closeDialog(backups);
      await page.getByRole('button', { name: 'Instellingen' }).click();
      const settings = page.getByRole('dialog', { name: 'Instellingen' });
      await settings.getByLabel('Van (UU:mm)').fill('9');
      await settings.getByRole('button', { name: 'Meldingsuren opslaan' }).click();
      await expect(settings.getByRole('alert')).toContainText('Melden vanaf: moet een tijd zijn zoals 08:30');
      expect(await englishOn(page)).toEqual([]);
      await nl.closeDialog(settings);
    });
  });

  test("a new ticket's explanation, before anything happened, shows what is to come: King's Day by its Dutch name", async ({ desk, startAt, page }) => {
    const nl = new DutchDeskPage(page);
    await startAt('2026-04-24T16:00:00+02:00'); // Fri before King's Day (Mon 27 April)
    await desk.open();
    await desk.setLanguage('Nederlands');
    await nl.setAgent('Dirk');
    await nl.addCustomer('Gemeente Houten', 'Scope4mation basis-SLA', 'Support');
    await nl.openRegisterDialog();
    await nl.register({ title: 'Rapport faalt' });
    await expect(nl.registerDialog()).toBeHidden();
    const lines = await nl.openEveryExplanation();
    await expect(lines.filter({ hasText: 'feestdag: Koningsdag' }).filter({ hasText: '(verwacht)' }).first()).toBeVisible();
    expect(await englishOn(page)).toEqual([]);
  });

  test("a Dutch user's demo desk is Dutch, and so is what an agent without a name does", async ({ desk, startAt, page }) => {
    const nl = new DutchDeskPage(page);
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.setLanguage('Nederlands');
    await nl.loadDemoDesk();
    await expect(nl.queue.getByText('Inlogpagina geeft een foutmelding').first()).toBeVisible();
    expect(await englishOn(page), 'the demo tickets, in the queue').toEqual([]);
    await nl.openTicketAt(0);
    expect(await englishOn(page), "a demo ticket's details").toEqual([]);
    // No name given: the events carry none, and no English default shows in the timeline.
    await nl.openRegisterDialog();
    await nl.register({ contract: 'Gemeente Houten — Scope4mation Support', title: 'Alles ligt plat' });
    await expect(nl.registerDialog()).toBeHidden();
    await expect(nl.detail.getByRole('heading', { level: 2 })).toContainText('Alles ligt plat');
    expect(await englishOn(page), 'a ticket registered by an agent without a name').toEqual([]);
  });

  test('a bad desk file is refused with its reasons in Dutch', async ({ desk, startAt, page }) => {
    const nl = new DutchDeskPage(page);
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.setLanguage('Nederlands');
    const at = '2026-03-02T09:00:00Z';
    const file = (tickets: unknown[], customers = [{ id: 'c1', name: 'Café Zoë', createdAt: at }]) =>
      Buffer.from(
        JSON.stringify({
          format: 'klok-desk',
          version: 1,
          exportedAt: at,
          customers,
          contracts: [{ id: 'k1', customerId: 'c1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: at }],
          agents: [],
          tickets,
        }),
      );
    const created = { id: 'e1', kind: 'created', at, number: 'T-1', title: 'x', type: 'bug', priority: 'normal', customerId: 'c1', contractId: 'k1' };
    const refusals: [string, Buffer, string, string][] = [
      [
        'dubbel.json',
        file(
          [{ id: 't1', events: [{ id: 'e0', kind: 'responded', at }, created] }],
          [
            { id: 'c1', name: 'Café Zoë', createdAt: at },
            { id: 'c1', name: 'Zoë', createdAt: at },
          ],
        ),
        'customers: id "c1" komt twee keer voor',
        'moet de created-gebeurtenis zijn, die als eerste komt (gevonden: responded)',
      ],
      [
        'oud.json',
        file([{ id: 't1', events: [{ ...created, at: '0001-01-01T00:00:00Z' }] }]),
        '"0001-01-01T00:00:00Z" moet tussen 1970-01-01 en 2199-12-31 liggen',
        'Importeren mislukt',
      ],
      ['latin1.json', Buffer.from(file([]).toString('utf8'), 'latin1'), 'Bestand: is geen UTF-8-tekst', 'Importeren mislukt, er is niets gewijzigd'],
    ];
    for (const [name, content, first, second] of refusals) {
      const dialog = await nl.importDeskFile(name, content);
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(first);
      await expect(alert).toContainText(second);
      await expect(alert).not.toContainText(/used twice|must lie between|comes first|is not UTF-8/);
      expect(await englishOn(page), name).toEqual([]);
      await nl.closeDialog(dialog);
    }
  });
  test('the policies view and the editor of every preset, with a refused time and the preview', async ({ desk, startAt, page }) => {
    test.setTimeout(90_000);
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.setLanguage('Nederlands');
    await page.getByRole('button', { name: 'Beleid', exact: true }).click();
    const list = page.getByRole('table', { name: 'Beleid' });
    await expect(list).toBeVisible();
    expect(await englishOn(page)).toEqual([]);
    for (const preset of ['Scope4mation basis-SLA', 'Connect & Engage-SLA', 'Konneqt-ondersteuningsbeleid']) {
      await page.getByRole('button', { name: `${preset} bewerken` }).click();
      const editor = page.getByRole('form', { name: new RegExp(`^${preset.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: versie 2$`) });
      await expect(editor.getByRole('table', { name: 'Termijnen van een nu geregistreerd ticket' })).toBeVisible();
      expect(await englishOn(page), preset).toEqual([]);
      await editor.getByLabel('Maandag', { exact: true }).fill('9-17');
      await expect(editor.getByRole('alert')).toContainText('moet een tijd');
      expect(await englishOn(page), `${preset}, refused`).toEqual([]);
      await editor.getByRole('button', { name: 'Bewerken annuleren' }).click();
      await expect(editor).toBeHidden();
    }
  });
});
