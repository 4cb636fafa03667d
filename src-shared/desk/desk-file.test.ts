import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { ContractPlans } from './contract-plans';
import { buildDemoDesk } from './demo-desk';
import { parseDeskFile } from './desk-file';
import { writeDeskFile } from './desk-file-write';

const plans = new ContractPlans();
const now = at('2026-03-04T11:00:00+01:00');

/** A valid desk file as plain JSON, to break in one place per test. */
function deskJson() {
  return JSON.parse(JSON.stringify(writeDeskFile(buildDemoDesk(now, plans, 6), now))) as {
    contracts: { customerId: string; planId: string; zone?: string }[];
    tickets: { id: string; events: Record<string, unknown>[] }[];
    version: number;
  };
}

const errorOf = (file: unknown): string => {
  try {
    parseDeskFile(JSON.stringify(file), plans);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('parseDeskFile', () => {
  it('reads back what writeDeskFile wrote', () => {
    expect(parseDeskFile(JSON.stringify(deskJson()), plans).tickets).toHaveLength(6);
  });
  it('names a contract whose customer does not exist', () => {
    const file = deskJson();
    file.contracts[1]!.customerId = 'nobody';
    expect(errorOf(file)).toMatch(/contracts\[1\]\.customerId: no customer has id "nobody"/);
  });
  it('names an unknown plan and a bad zone', () => {
    const file = deskJson();
    file.contracts[0]!.planId = 'gold';
    file.contracts[2]!.zone = 'Mars/Olympus';
    expect(errorOf(file)).toMatch(/contracts\[0\]\.planId: unknown plan "gold"/);
    expect(errorOf(file)).toMatch(/contracts\[2\]\.zone: "Mars\/Olympus" is not an IANA time zone/);
  });
  it('names a duplicate ticket number and a priority the plan does not have', () => {
    const file = deskJson();
    file.tickets[3]!.events[0]!['number'] = file.tickets[0]!.events[0]!['number'];
    file.tickets[0]!.events[0]!['priority'] = 'urgent';
    const message = errorOf(file);
    expect(message).toMatch(/tickets\[3\]\.events\[0\]\.number: "T-1001" is also tickets\[0\]/);
    expect(message).toMatch(/tickets\[0\]\.events\[0\]\.priority: unknown priority "urgent"/);
  });
  it('refuses another file version, naming it', () => {
    const file = deskJson();
    file.version = 2;
    expect(errorOf(file)).toMatch(/^version: must be 1/);
  });
});
