import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '@career-navigator/client';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice, FormField, SubmitButton } from '../ui/index.js';
import { emailProblem, passwordProblem } from './auth-form.js';
import { useStartSession } from './session-context.js';
import { useValidatedForm } from './use-validated-form.js';

/** `/reset-password`: ask for a link by email; `/reset-password?token=...` (the link): choose a new password. */
export function PasswordResetPage() {
  const token = useSearchParams()[0].get('token');
  return (
    <section className="narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{token ? 'Choose a new password' : 'Reset your password'}</h1>
      {token ? <NewPasswordForm token={token} /> : <ResetRequestForm />}
    </section>
  );
}

function ResetRequestForm() {
  const { values, field, onSubmit } = useValidatedForm({ email: '' }, ({ email }) => ({
    email: emailProblem(email),
  }));
  const [requestReset, { loading, error, data }] = useMutation(RequestPasswordResetDocument);
  async function sendLink({ email }: { email: string }) {
    await requestReset({ variables: { email: email.trim() } }).catch(() => undefined);
  }
  if (data) {
    return (
      <p className="notice" role="status">
        If an account uses {values.email.trim()}, a reset link is on its way. It works once, for 30 minutes.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit(sendLink)} noValidate>
      <FormField label="Email" type="email" autoComplete="email" {...field('email')} />
      <SubmitButton busy={loading} busyLabel="Sending…" error={error}>
        Send me a reset link
      </SubmitButton>
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </form>
  );
}

function NewPasswordForm({ token }: { token: string }) {
  const { field, onSubmit } = useValidatedForm({ password: '' }, ({ password }) => ({
    password: passwordProblem(password),
  }));
  const [resetPassword, { loading, error }] = useMutation(ResetPasswordDocument);
  const startSession = useStartSession();
  const navigate = useNavigate();
  async function saveAndSignIn({ password }: { password: string }) {
    const result = await resetPassword({ variables: { token, newPassword: password } }).catch(
      () => undefined,
    );
    if (!result?.data) return;
    await startSession(result.data.resetPassword);
    navigate('/profile', { replace: true });
  }
  return (
    <form onSubmit={onSubmit(saveAndSignIn)} noValidate>
      <FormField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters with an uppercase letter, a lowercase letter and a digit."
        {...field('password')}
      />
      {error && (
        <>
          <ErrorNotice error={error} />
          <p>
            <Link to="/reset-password">Ask for a new link</Link>
          </p>
        </>
      )}
      <SubmitButton busy={loading} busyLabel="Saving…">
        Save and sign in
      </SubmitButton>
    </form>
  );
}
