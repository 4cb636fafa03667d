import { useEffect, useState } from 'react';
import type * as LeadChartsModule from './lead-charts';

type LeadCharts = typeof LeadChartsModule;

/**
 * The team lead's charts module, loaded on first use (ECharts is large): tables never wait for it.
 * Loaded in an effect rather than with React.lazy, whose reveal waits on a timer. Null until loaded.
 */
export function useLeadCharts(): LeadCharts | null {
  const [charts, setCharts] = useState<LeadCharts | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void import('./lead-charts').then((m) => isCurrent && setCharts(m));
    return () => {
      isCurrent = false;
    };
  }, []);
  return charts;
}
