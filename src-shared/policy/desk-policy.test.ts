import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../desk/contract-plans';
import type { DeskEvent } from '../desk-log/desk-event';
import { checkDeskEvents } from '../desk-log/desk-event-schema';
import { policyVersionOf } from '../ticket/ticket-event';
import { checkPolicyVersion, currentVersion, PRESET_VERSION, presetVersion } from './desk-policy';
import type { InputError } from '../validation/issues';
import { policyFromLog } from './policy-projection';
import { scope4mation } from './presets/scope4mation';

const adopted = (id: string, policyId: string, at: number, policy: object = { ...scope4mation, id: policyId }): DeskEvent => ({
  id,
  deskId: 'desk',
  workstation: 'ws-1',
  by: 'Ann',
  hlc: `${String(at).padStart(13, '0')}-0000`,
  kind: 'policy.adopted',
  v: 1,
  stream: policyId,
  payload: { at, policy, calendars: {} },
});

describe('desk policies', () => {
  it('numbers adopted versions after the preset, in log order; a policy without a preset starts at 1', () => {
    const row = policyFromLog('scope4mation', [adopted('v-a', 'scope4mation', 1_000), adopted('v-b', 'scope4mation', 2_000)]);
    expect(row?.versions.map((v) => [v.versionId, v.number, v.adoptedAt, v.by])).toEqual([
      ['v-a', 2, 1_000, 'Ann'],
      ['v-b', 3, 2_000, 'Ann'],
    ]);
    expect(currentVersion('scope4mation', row ?? undefined)?.versionId).toBe('v-b');
    expect(currentVersion('scope4mation', undefined)?.versionId).toBe(PRESET_VERSION);
    expect(policyFromLog('own', [adopted('v-c', 'own', 1_000)])?.versions.map((v) => v.number)).toEqual([1]);
    expect(policyFromLog('own', [])).toBeNull();
    expect(presetVersion('own')).toBeNull();
  });

  it('refuses a version whose policy names another policy, with the code and the policy the message needs', () => {
    try {
      checkPolicyVersion('own', scope4mation, {});
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues).toEqual([
        { field: 'policy.id', reason: 'must be "own", the policy this version belongs to', code: 'policy.wrong_id', params: { policy: 'own' } },
      ]);
    }
  });

  it('names the field of a refused adoption past the tenth entry of a list', () => {
    const plans = Array.from({ length: 11 }, (_, i) => ({
      ...scope4mation.plans[0]!,
      id: `plan-${i}`,
      calendar: i === 10 ? 'nowhere' : scope4mation.plans[0]!.calendar,
    }));
    const bad = adopted('v-z', 'scope4mation', 1_000, { ...scope4mation, plans });
    expect(() => checkDeskEvents([bad])).toThrow('events[0].payload.policy.plans[10].calendar: unknown calendar "nowhere"');
  });

  it('keeps the note an adoption was given, and gives a version adopted without one none', () => {
    const noted = { ...adopted('v-n', 'own', 1_000), payload: { ...adopted('v-n', 'own', 1_000).payload, note: 'Normal answered within 2 h' } };
    const row = policyFromLog('own', [noted, adopted('v-m', 'own', 2_000)]);
    expect(row?.versions[0]?.note).toBe('Normal answered within 2 h');
    expect(row?.versions[1] && 'note' in row.versions[1]).toBe(false);
  });

  it('refuses an adoption whose policy does not compile when it enters the log, naming the field', () => {
    const bad = adopted('v-x', 'scope4mation', 1_000, { ...scope4mation, clock: { ...scope4mation.clock, atRiskFraction: 0 } });
    expect(() => checkDeskEvents([bad])).toThrow('events[0].payload.policy.clock.atRiskFraction: must be above 0 and below 1');
    const noCalendar = adopted('v-y', 'scope4mation', 1_000, { ...scope4mation, plans: scope4mation.plans.map((p) => ({ ...p, calendar: 'nowhere' })) });
    expect(() => checkDeskEvents([noCalendar])).toThrow('events[0].payload.policy.plans[0].calendar: unknown calendar "nowhere"');
  });

  it('gives a refused adoption’s issues their codes, as the editor’s own check does', () => {
    const bad = adopted('v-x', 'scope4mation', 1_000, { ...scope4mation, clock: { ...scope4mation.clock, atRiskFraction: 0 } });
    try {
      checkDeskEvents([bad]);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues).toEqual([
        { field: 'events[0].payload.policy.clock.atRiskFraction', reason: 'must be above 0 and below 1', code: 'policy.at_risk' },
      ]);
    }
  });

  it('compiles a ticket on the version it names; an unknown version is refused, naming the field', () => {
    const plans = new ContractPlans();
    const row = policyFromLog('scope4mation', [
      adopted('v-a', 'scope4mation', 1_000, { ...scope4mation, clock: { ...scope4mation.clock, atRiskFraction: 0.5 } }),
    ]);
    plans.learn([row!]);
    expect(plans.planFor({ policyId: 'scope4mation', planId: 'support', policyVersion: 'v-a' }).policy.clock.atRiskFraction).toBe(0.5);
    expect(plans.planFor({ policyId: 'scope4mation', planId: 'support' }).policy.clock.atRiskFraction).toBe(0.75);
    expect(() => plans.planFor({ policyId: 'scope4mation', planId: 'support', policyVersion: 'v-zz' }, 'ticket')).toThrow(
      'ticket.policyVersion: unknown version "v-zz" of policy "scope4mation"',
    );
    expect(() => plans.planFor({ policyId: 'konneqt', planId: 'basic', policyVersion: 'v-a' })).toThrow('contract.policyVersion');
  });

  it('a ticket runs on the version it was registered under until another is applied (by time, then as logged)', () => {
    const created = { kind: 'created', at: 1_000, type: 'bug', policyVersion: 'v-a' } as const;
    expect(policyVersionOf([created])).toBe('v-a');
    expect(policyVersionOf([{ ...created, policyVersion: undefined }])).toBeUndefined();
    expect(
      policyVersionOf([created, { kind: 'policy_applied', at: 3_000, policyVersion: 'v-c' }, { kind: 'policy_applied', at: 2_000, policyVersion: 'v-b' }]),
    ).toBe('v-c');
  });
});
