import { Field } from '../../ui/field';

interface Props {
  name: string;
  label: string;
  value: string | undefined;
  error: string | undefined;
  onChange: (name: string, value: string) => void;
  help?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'password';
  readOnly?: boolean;
  options?: readonly { value: string; label: string }[];
}

/** One field of the edit draft: a text box, text area or select, with its error beneath it. */
export function DraftInput({
  name,
  label,
  value,
  error,
  onChange,
  help,
  multiline,
  type = 'text',
  readOnly,
  options,
}: Props) {
  return (
    <Field label={label} error={error} help={help} className={multiline ? 'field-wide' : undefined}>
      {(ids) =>
        options ? (
          <select {...ids} name={name} value={value ?? ''} onChange={(e) => onChange(name, e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : multiline ? (
          <textarea
            {...ids}
            name={name}
            rows={2}
            value={value ?? ''}
            onChange={(e) => onChange(name, e.target.value)}
          />
        ) : (
          <input
            {...ids}
            name={name}
            type={type}
            readOnly={readOnly}
            value={value ?? ''}
            onChange={(e) => onChange(name, e.target.value)}
          />
        )
      }
    </Field>
  );
}
