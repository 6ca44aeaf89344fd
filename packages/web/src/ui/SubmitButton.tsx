import type { ReactNode } from 'react';

interface SubmitButtonProps {
  /** While the form's request is in flight: the button is disabled and says `busyLabel`. */
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
}

/** The primary submit button of a form that sends one request. */
export function SubmitButton({ busy, busyLabel, children }: SubmitButtonProps) {
  return (
    <button type="submit" className="primary" disabled={busy}>
      {busy ? busyLabel : children}
    </button>
  );
}
