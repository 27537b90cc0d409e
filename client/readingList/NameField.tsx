import { useId } from "react";

interface NameFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The server's refusal of the name, shown under the field and tied to it. */
  readonly problem: string | null;
  readonly testId?: string;
}

/** A list's name, with what is wrong with it right next to it. */
export function NameField({ label, value, onChange, problem, testId }: NameFieldProps) {
  const id = useId();
  return (
    <span className="name-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        data-testid={testId}
      />
      {problem ? (
        <span id={`${id}-problem`} className="field-problem" role="alert" data-testid={testId ? `${testId}-problem` : undefined}>
          {problem}
        </span>
      ) : null}
    </span>
  );
}
