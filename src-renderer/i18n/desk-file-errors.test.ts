import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { readDeskFile } from '../../src-shared/desk/read-desk-file';
import { smallDeskFile, type LooseDeskFile } from '../../src-shared/test-support/desk-file-fixture';
import { InputError } from '../../src-shared/validation/issues';
import { decodeDeskFile } from '../store/desk-file-bytes';
import { codesEn } from './codes-en';
import { errorText, issueText } from './error-text';
import { i18nFor } from './i18n';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Latin-1 bytes: one byte per character (é is 0xE9, not UTF-8). */
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

const plans = new ContractPlans();
const nl = i18nFor('nl');
const en = i18nFor('en');

/** What importing these bytes is refused with (the decoding and the file check, as the import runs them). */
function refusal(bytes: Uint8Array): InputError {
  try {
    readDeskFile(decodeDeskFile(bytes), plans, { newDeskId: 'desk-new', workstation: 'ws-test', by: 'Test' });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const v1 = (change: (file: LooseDeskFile) => void): Uint8Array => {
  const file = smallDeskFile();
  change(file);
  return utf8(JSON.stringify(file));
};

const envelope = (id: string, kind: string, stream: string, payload: Record<string, unknown>, hlc = '1772442000000-0000') => ({
  id,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Anna',
  hlc,
  kind,
  v: 1,
  stream,
  payload,
});
const customer = envelope('e1', 'customer.added', 'cus-1', { at: '2026-03-02T09:00:00.000Z', name: 'Gemeente Houten' });
const contract = envelope('e2', 'contract.added', 'con-1', {
  at: '2026-03-02T09:00:00.000Z',
  customerId: 'cus-1',
  name: 'Support',
  policyId: 'scope4mation',
  planId: 'support',
});
const created = (id: string, stream: string, number: string) =>
  envelope(
    id,
    'created',
    stream,
    { at: '2026-03-02T10:00:00.000Z', type: 'bug', number, title: 'x', customerId: 'cus-1', contractId: 'con-1', environment: 'production' },
    '1772445600000-0000',
  );
const v2 = (events: unknown[]): Uint8Array =>
  utf8(JSON.stringify({ format: 'klok-desk', version: 2, exportedAt: '2026-03-04T10:00:00.000Z', deskId: 'desk-1', events }));

const BAD_FILES: readonly [string, Uint8Array, string][] = [
  ['not UTF-8', latin1('{"format":"klok-desk","name":"Café Zoë"}'), 'Bestand: is geen UTF-8-tekst'],
  ['not JSON', utf8('{ klok'), 'Bestand: is geen JSON'],
  ['an unknown version', v1((f) => (f.version = 3)), 'version: moet een van deze zijn: 1'],
  ['master data of the wrong type', v1((f) => Object.assign(f, { agents: 'Anna' })), 'agents: moet een lijst zijn'],
  ['two customers with one id', v1((f) => (f.customers[1]!['id'] = 'cus-acme')), 'customers: id "cus-acme" komt twee keer voor'],
  ['two agents with one name', v1((f) => (f.agents[1]!['name'] = 'Anna de Vries')), 'agents: naam "Anna de Vries" komt twee keer voor'],
  ['an instant in year 0001', v1((f) => (f.tickets[0]!.events[0]!['at'] = '0001-01-01T00:00:00Z')), 'moet tussen 1970-01-01 en 2199-12-31 liggen'],
  ['an instant without an offset', v1((f) => (f.exportedAt = '2026-03-04T10:00')), 'moet een ISO-8601-datum en -tijd met afwijking van UTC zijn'],
  [
    'a ticket whose first event is not created',
    v1((f) => f.tickets[0]!.events.push(f.tickets[0]!.events.shift()!)),
    'moet de created-gebeurtenis zijn, die als eerste komt',
  ],
  ['a ticket without events', v1((f) => (f.tickets[0]!.events = [])), 'moet een created-gebeurtenis bevatten'],
  ['a ticket number that reads wrong', v1((f) => (f.tickets[0]!.events[0]!['number'] = 't1')), '"t1" moet eruitzien als T-1042'],
  ['a type the preset does not know', v1((f) => (f.tickets[0]!.events[0]!['type'] = 'wish')), 'onbekende soort "wish"'],
  ['an unknown kind of ticket event', v1((f) => (f.tickets[0]!.events[1]!['kind'] = 'shouted')), 'moet een van deze zijn: created, '],
  ['a contract of a customer the file lacks', v1((f) => (f.contracts[0]!['customerId'] = 'cus-x')), 'geen klant heeft id "cus-x"'],
  ['a customer added twice (v2)', v2([customer, { ...customer, id: 'e9' }]), '"cus-1" heeft al een customer.added-gebeurtenis (events[0])'],
  ['an event id used twice (v2)', v2([customer, { ...contract, id: 'e1' }]), 'events[1].id: "e1" is ook events[0]'],
  ['a ticket of a contract the file lacks (v2)', v2([customer, created('e3', 'tk-1', 'T-1001')]), 'geen contract heeft id "con-1"'],
  [
    'two tickets with one number (v2)',
    v2([customer, contract, created('e3', 'tk-1', 'T-1001'), created('e4', 'tk-2', 'T-1001')]),
    '"T-1001" is ook melding tk-1',
  ],
  [
    'a ticket without a created event (v2)',
    v2([customer, contract, envelope('e3', 'responded', 'tk-1', { at: '2026-03-02T10:00:00Z' })]),
    'melding tk-1 heeft geen created-gebeurtenis',
  ],
  ['an instant before 1970 (v2)', v2([{ ...customer, payload: { at: '1969-12-31T23:59:59Z', name: 'Oud' } }]), 'moet tussen 1970-01-01 en 2199-12-31 liggen'],
  ['a bad clock stamp (v2)', v2([{ ...customer, hlc: '12-0' }]), 'events[0].hlc: moet een klokstempel zijn'],
  ['a bad event kind (v2)', v2([{ ...customer, kind: 'Customer Added' }]), 'events[0].kind: moet een soort gebeurtenis zijn'],
  [
    'a bad workstation code (v2)',
    v2([envelope('e1', 'workstation.joined', 'ws-a', { at: '2026-03-02T09:00:00Z', code: 'abc' })]),
    'moet uit een tot drie hoofdletters bestaan',
  ],
  [
    'a bad priority id (v2)',
    v2([customer, contract, { ...created('e3', 'tk-1', 'T-1001'), payload: { ...created('e3', 'tk-1', 'T-1001').payload, type: 'Bug!' } }]),
    'moet een id zijn zoals',
  ],
];

describe('a bad desk file on a Dutch screen', () => {
  it.each(BAD_FILES)('%s: every reason has a code the catalogues say', (_what, bytes) => {
    for (const issue of refusal(bytes).issues) {
      expect(issue.code, `${issue.field}: ${issue.reason}`).toBeDefined();
      expect(Object.keys(codesEn), `${issue.field}: ${issue.reason}`).toContain(`issue.${issue.code ?? ''}`);
    }
  });

  it.each(BAD_FILES)('%s: said in Dutch, with none of the English reason', (_what, bytes, dutch) => {
    const error = refusal(bytes);
    expect(errorText(nl, error)).toContain(dutch);
    for (const issue of error.issues) expect(issueText(nl, issue)).not.toContain(issue.reason);
  });

  it('still says the English reason on an English screen', () => {
    expect(errorText(en, refusal(v1((f) => (f.customers[1]!['id'] = 'cus-acme'))))).toContain('customers: id "cus-acme" is used twice');
  });
});
