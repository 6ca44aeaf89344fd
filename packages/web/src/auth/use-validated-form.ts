import { type FormEvent, useState } from 'react';
import { type FieldErrors, hasErrors } from './auth-form.js';

/**
 * A form of text fields checked before sending: `field(name)` gives an input its value, its error and
 * its change handler; `onSubmit(send)` checks every field, shows what is wrong, and calls `send` only
 * when nothing is.
 */
export function useValidatedForm<Values extends { [Name in keyof Values]: string }>(
  initial: Values,
  check: (values: Values) => FieldErrors<Extract<keyof Values, string>>,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Extract<keyof Values, string>>>({});
  const field = (name: Extract<keyof Values, string>) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const onSubmit = (send: (values: Values) => Promise<void>) => (event: FormEvent) => {
    event.preventDefault();
    const found = check(values);
    setErrors(found);
    if (!hasErrors(found)) void send(values);
  };
  return { values, field, onSubmit };
}
