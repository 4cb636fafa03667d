import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContractPlans, ContractTerms } from '../../../src-shared/desk/contract-plans';
import { termsWithVersion } from '../../../src-shared/desk-log/projections/ticket-projection';
import { currentVersion, PRESET_VERSION, type DeskPolicy } from '../../../src-shared/policy/desk-policy';
import type { Policy } from '../../../src-shared/policy/policy-types';
import { POLICY_PRESETS } from '../../../src-shared/policy/presets';
import type { Contract } from '../../db/entities';
import type { KlokDB } from '../../db/klok-db';
import { useDeskServices } from '../../desk/desk-services';
import { loadPolicies, openTicketsOnPolicy } from '../../store/policy-store';

export const policyKeys = {
  all: ['policies'] as const,
  list: () => [...policyKeys.all, 'list'] as const,
  openTickets: (policyId: string) => [...policyKeys.all, 'open-tickets', policyId] as const,
};

/** The desk's own policies with every adopted version (and the compiled plans told of them). */
export const policiesQuery = (db: KlokDB, plans: ContractPlans) => queryOptions({ queryKey: policyKeys.list(), queryFn: () => loadPolicies(db, plans) });

/** How many open tickets run on a policy (what "apply to open tickets" would move). */
export const openTicketsOnPolicyQuery = (db: KlokDB, policyId: string) =>
  queryOptions({ queryKey: policyKeys.openTickets(policyId), queryFn: () => openTicketsOnPolicy(db, policyId) });

/** A contract's terms on its policy's current version: what a ticket registered now runs on. */
export function currentTerms(contract: Pick<Contract, 'policyId' | 'planId' | 'zone'>, policies: readonly DeskPolicy[] | undefined): ContractTerms {
  const version = currentVersion(
    contract.policyId,
    policies?.find((p) => p.id === contract.policyId),
  )?.versionId;
  return termsWithVersion(contract, version === PRESET_VERSION ? undefined : version);
}

/** `currentTerms` over the desk's policies as the policies query holds them. */
export function useCurrentTerms(): (contract: Pick<Contract, 'policyId' | 'planId' | 'zone'>) => ContractTerms {
  const { db, plans } = useDeskServices();
  const policies = useQuery(policiesQuery(db, plans));
  return (contract) => currentTerms(contract, policies.data);
}

/** Every policy a contract can run on (the presets and the desk's own), each in its current version. */
export function useCurrentPolicies(): ReadonlyMap<string, Policy> {
  const { db, plans } = useDeskServices();
  const policies = useQuery(policiesQuery(db, plans));
  const out = new Map<string, Policy>();
  for (const id of [...Object.keys(POLICY_PRESETS), ...(policies.data ?? []).map((p) => p.id)]) {
    const version = currentVersion(
      id,
      policies.data?.find((p) => p.id === id),
    );
    if (version) out.set(id, version.policy);
  }
  return out;
}
