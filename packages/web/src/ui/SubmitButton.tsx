import type { ReactNode } from 'react';
import { ErrorNotice } from './QueryState.js';

interface SubmitButtonProps {
  /** While the form's request is in flight: the button is disabled and says `busyLabel`. */
  busy: boolean;
  busyLabel: string;
  /** The request's error, if it failed: shown just above the button, where the user looks after submitting. */
  error?: unknown;
  children: ReactNode;
}

/** The primary submit button of a form that sends one request, with that request's error. */
export function SubmitButton({ busy, busyLabel, error, children }: SubmitButtonProps) {
  return (
    <>
      {error ? <ErrorNotice error={error} /> : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? busyLabel : children}
      </button>
    </>
  );
}
