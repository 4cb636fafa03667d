import { queryOptions } from '@tanstack/react-query';
import type { KlokDB } from '../../db/klok-db';
import { loadExclusions } from '../../store/exclusion-store';
import { loadOutages } from '../../store/outage-store';

export const outageKeys = {
  all: ['outages'] as const,
  list: () => [...outageKeys.all, 'list'] as const,
  exclusions: () => [...outageKeys.all, 'exclusions'] as const,
};

/** Every outage of the desk, the latest start first. */
export const outagesQuery = (db: KlokDB) => queryOptions({ queryKey: outageKeys.list(), queryFn: () => loadOutages(db) });

/** Every exclusion window of the desk, the latest start first. */
export const exclusionsQuery = (db: KlokDB) => queryOptions({ queryKey: outageKeys.exclusions(), queryFn: () => loadExclusions(db) });
