import { useId } from 'react';

/** A labelled number input (hours, minutes, a percentage). */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  min?: number;
  max?: number;
  step?: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" value={value} min={min} max={max} step={step ?? 1} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function CheckboxField({ label, isChecked, onChange }: { label: string; isChecked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={isChecked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Hours and minutes typed in two fields as whole minutes; NaN when either is not a number. */
export function minutesOf(hours: string, minutes: string): number {
  const h = hours.trim() === '' ? 0 : Number(hours);
  const m = minutes.trim() === '' ? 0 : Number(minutes);
  return h * 60 + m;
}

/** A form's submit and cancel buttons: submit waits while the command runs. */
export function SubmitCancel({
  submitLabel,
  cancelLabel,
  isPending,
  onCancel,
}: {
  submitLabel: string;
  cancelLabel: string;
  isPending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="button-row">
      <button type="submit" disabled={isPending}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
