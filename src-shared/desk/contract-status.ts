import type { Contract } from '../desk-log/projections/entities';

/** Whether a contract takes new tickets at `now`: it has not ended by then. */
export function isContractRunning(contract: Pick<Contract, 'endedAt'>, now: number): boolean {
  return contract.endedAt === undefined || contract.endedAt > now;
}
