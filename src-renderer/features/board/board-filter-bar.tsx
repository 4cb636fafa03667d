import { useMemo } from 'react';
import { STATUSES } from '../../../src-shared/policy/policy-types';
import { useI18n } from '../../i18n/i18n';
import { lineLabel, policyLabel, priorityLabel, typeLabel } from '../../i18n/policy-labels';
import { SelectField } from '../../ui/fields';
import type { BoardFacets } from './board-facets';
import { optionsByPreset, optionsOf, type BoardFilters } from './board-filters';

export function BoardFilterBar({
  facets,
  version,
  filters,
  onChange,
  searchRef,
}: {
  /** The values on the board (the board entry cache's facets). */
  facets: BoardFacets;
  /** Changes whenever the facets do (the board's entries). */
  version: unknown;
  filters: BoardFilters;
  onChange: (f: BoardFilters) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}) {
  const { t, lookup } = useI18n();
  const any = t('board.filter.any');
  // From the facets, which follow the board ticket by ticket: no walk over the board's entries.
  const options = useMemo(
    () => ({
      customers: optionsOf(facets.values('customer'), (e) => e.customerName),
      contracts: optionsOf(facets.values('contract'), (e) => e.contract.name),
      priorities: optionsByPreset(
        facets.values('priority'),
        (e) => (e.row.priority ? priorityLabel(lookup, e.plan.policy, e.row.priority) : ''),
        (policy) => policyLabel(lookup, policy),
      ),
      types: optionsByPreset(
        facets.values('type'),
        (e) => typeLabel(lookup, e.plan.policy, e.row.type),
        (policy) => policyLabel(lookup, policy),
      ),
      lines: optionsOf(facets.values('line'), (e) => (e.row.line ? lineLabel(lookup, e.plan.policy, e.row.line) : '')),
      assignees: optionsOf(facets.values('assignee'), (e) => e.row.assignee ?? ''),
    }),
    // The facets object is kept up to date in place: `version` changes whenever they do.
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the facets change in place; version says when
    [facets, version, lookup],
  );
  const set = (key: keyof BoardFilters) => (value: string) => onChange({ ...filters, [key]: value });
  return (
    <div className="filters" role="search" aria-label={t('board.filters')}>
      <div className="field search">
        <label htmlFor="board-search">{t('board.search')}</label>
        <input id="board-search" ref={searchRef} type="search" value={filters.text} onChange={(e) => set('text')(e.target.value)} />
      </div>
      <SelectField label={t('board.filter.customer')} value={filters.customerId} emptyLabel={any} onChange={set('customerId')} options={options.customers} />
      <SelectField label={t('board.filter.contract')} value={filters.contractId} emptyLabel={any} onChange={set('contractId')} options={options.contracts} />
      <SelectField label={t('board.filter.priority')} value={filters.priority} emptyLabel={any} onChange={set('priority')} groups={options.priorities} />
      <SelectField
        label={t('board.filter.status')}
        value={filters.status}
        emptyLabel={any}
        onChange={set('status')}
        options={STATUSES.filter((s) => s !== 'closed').map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <SelectField label={t('board.filter.type')} value={filters.type} emptyLabel={any} onChange={set('type')} groups={options.types} />
      <SelectField label={t('board.filter.line')} value={filters.line} emptyLabel={any} onChange={set('line')} options={options.lines} />
      <SelectField label={t('board.filter.assignee')} value={filters.assignee} emptyLabel={any} onChange={set('assignee')} options={options.assignees} />
    </div>
  );
}
