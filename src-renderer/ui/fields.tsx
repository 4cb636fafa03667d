import { useId, type ReactNode, type Ref } from 'react';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';

export interface Option {
  readonly value: string;
  readonly label: string;
}

/**
 * Options under a heading (an optgroup): the same label may then appear in two groups
 * unambiguously. Each option's accessible name carries its group's.
 */
export interface OptionGroup {
  readonly label: string;
  readonly options: readonly Option[];
}

/** A labelled select: tests and screen readers find it by its label. */
export function SelectField({
  label,
  value,
  options = [],
  groups = [],
  onChange,
  emptyLabel,
  isRequired,
  selectRef,
}: {
  label: string;
  value: string;
  options?: readonly Option[];
  groups?: readonly OptionGroup[];
  onChange: (value: string) => void;
  emptyLabel?: string;
  isRequired?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} ref={selectRef} value={value} required={isRequired} onChange={(e) => onChange(e.target.value)}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              // Named with its group: "High (Scope4mation basic SLA)" is one option, whatever the reader announces of the group.
              <option key={o.value} value={o.value} aria-label={`${o.label} (${g.label})`}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function TextField({
  label,
  value,
  onChange,
  isRequired,
  isMultiline,
  list,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  isMultiline?: boolean;
  list?: string;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {isMultiline ? (
        <textarea id={id} value={value} required={isRequired} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} required={isRequired} list={list} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/** An error in the screen's language (see errorText), after `children` (a prefix such as "Not done:"). */
export function ErrorMessage({ error, children }: { error: unknown; children?: ReactNode }) {
  const i18n = useI18n();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {children}
      {errorText(i18n, error)}
    </p>
  );
}
