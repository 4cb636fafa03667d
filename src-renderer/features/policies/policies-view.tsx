import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { currentVersion, presetVersion, type PolicyVersionRef } from '../../../src-shared/policy/desk-policy';
import { POLICY_PRESETS } from '../../../src-shared/policy/presets';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { policyLabel } from '../../i18n/policy-labels';
import { formatLocalTime } from '../../ui/format';
import { directoryQuery } from '../desk/queries';
import { draftFrom, type PolicyDraft } from './policy-draft';
import { PolicyEditor } from './policy-editor';
import { policiesQuery } from './queries';

interface Editing {
  readonly draft: PolicyDraft;
  readonly base: PolicyVersionRef | null;
  readonly nextNumber: number;
}

/**
 * The desk's policies: the presets and the desk's own, each with the version in force, its
 * history and the contracts on it; edit one into its next version, or copy one as a new policy
 * for a customer with a different contract.
 */
export function PoliciesView() {
  const { t, lookup, locale } = useI18n();
  const { db, plans } = useDeskServices();
  const policies = useQuery(policiesQuery(db, plans));
  const directory = useQuery(directoryQuery(db));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [serial, setSerial] = useState(0);
  const rows = policies.data ?? [];
  const ids = [...new Set([...Object.keys(POLICY_PRESETS), ...rows.map((r) => r.id)])];
  const start = (version: PolicyVersionRef, asNew: boolean) => {
    const label = asNew ? t('policies.copyName', { name: policyLabel(lookup, version.policy) }) : version.policy.label;
    const draft = draftFrom(version, asNew ? { id: freeId(`${version.policy.id}-copy`, ids), label } : null);
    setEditing({ draft, base: asNew ? null : version, nextNumber: asNew ? 1 : version.number + 1 });
    setSerial(serial + 1);
  };
  return (
    <section aria-label={t('policies.title')} className="panel">
      <h2>{t('policies.title')}</h2>
      <p className="muted">{t('policies.explain')}</p>
      <table aria-label={t('policies.list')}>
        <thead>
          <tr>
            <th scope="col">{t('policies.col.policy')}</th>
            <th scope="col">{t('policies.col.version')}</th>
            <th scope="col">{t('policies.col.history')}</th>
            <th scope="col">{t('policies.col.contracts')}</th>
            <th scope="col">{t('policies.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const row = rows.find((r) => r.id === id);
            const current = currentVersion(id, row);
            if (!current) return null;
            const name = policyLabel(lookup, current.policy);
            const versions: PolicyVersionRef[] = [...(presetVersion(id) ? [presetVersion(id) as PolicyVersionRef] : []), ...(row?.versions ?? [])];
            return (
              <tr key={id}>
                <th scope="row">{name}</th>
                <td>{t('policies.versionN', { number: current.number })}</td>
                <td>
                  <ol className="versions">
                    {versions.map((v) => (
                      <li key={v.versionId}>
                        {v.adoptedAt === null
                          ? t('policies.presetVersion', { number: v.number })
                          : t('policies.adoptedVersion', { number: v.number, at: formatLocalTime(v.adoptedAt, locale) })}
                      </li>
                    ))}
                  </ol>
                </td>
                <td>{(directory.data?.contracts ?? []).filter((c) => c.policyId === id).length}</td>
                <td>
                  <button type="button" onClick={() => start(current, false)} aria-label={t('policies.editOf', { name })}>
                    {t('policies.edit')}
                  </button>
                  <button type="button" onClick={() => start(current, true)} aria-label={t('policies.copyOf', { name })}>
                    {t('policies.copy')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing ? (
        <PolicyEditor key={serial} initial={editing.draft} base={editing.base} nextNumber={editing.nextNumber} onDone={() => setEditing(null)} />
      ) : null}
    </section>
  );
}

/** `wanted`, or `wanted-2`, `wanted-3`… whichever no policy has yet. */
function freeId(wanted: string, taken: readonly string[]): string {
  if (!taken.includes(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.includes(`${wanted}-${n}`)) return `${wanted}-${n}`;
}
