import { useId, useState } from 'react';
import type { WindowSpec } from '../../../src-shared/calendar/calendar-spec';
import { parseWindowsText, windowsText } from './policy-draft';

/**
 * A text field that keeps what the manager types (half a time, a stray dash) while the draft
 * gets the parsed value on every keystroke: the check then names what is wrong, and nothing
 * typed is rewritten under the cursor. Remount (a new `key`) to show another value.
 */
export function DraftTextField({
  label,
  initial,
  onChange,
  placeholder,
  size,
  type = 'text',
}: {
  label: string;
  initial: string;
  onChange: (text: string) => void;
  placeholder?: string;
  size?: number;
  type?: 'text' | 'number';
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={text}
        size={size}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}

/** Working windows of one day as one line: "08:30–12:00, 13:00–17:00"; empty for a day off. */
export function WindowsField({
  label,
  initial,
  onChange,
}: {
  label: string;
  initial: readonly WindowSpec[] | undefined;
  onChange: (windows: WindowSpec[]) => void;
}) {
  return (
    <DraftTextField label={label} initial={windowsText(initial)} placeholder="09:00–17:00" size={24} onChange={(text) => onChange(parseWindowsText(text))} />
  );
}

/** A labelled checkbox (tests and screen readers find it by its label). */
export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="field inline">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
