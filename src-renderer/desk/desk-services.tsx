import { createContext, useContext, type ReactNode } from 'react';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { KlokDB } from '../db/klok-db';
import type { Platform } from '../platform/platform';
import type { Actor } from '../store/actor';

/** The long-lived things features work with: the database, compiled plans, the shell, who is working. */
export interface DeskServices {
  readonly db: KlokDB;
  readonly plans: ContractPlans;
  readonly platform: Platform;
  /** Who is working now (the agent's name can change during a session). */
  readonly actor: () => Actor;
}

const DeskServicesContext = createContext<DeskServices | null>(null);

export function DeskServicesProvider({ services, children }: { services: DeskServices; children: ReactNode }) {
  return <DeskServicesContext.Provider value={services}>{children}</DeskServicesContext.Provider>;
}

export function useDeskServices(): DeskServices {
  const services = useContext(DeskServicesContext);
  if (!services) throw new Error('useDeskServices outside DeskServicesProvider');
  return services;
}
