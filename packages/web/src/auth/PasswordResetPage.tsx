import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '@career-navigator/client';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice, FormField } from '../ui/index.js';
import { emailProblem, passwordProblem } from './auth-form.js';
import { useStartSession } from './session-context.js';

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
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [requestReset, { loading, error, data }] = useMutation(RequestPasswordResetDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = emailProblem(email);
    setProblem(found);
    if (found) return;
    await requestReset({ variables: { email: email.trim() } }).catch(() => undefined);
  }
  if (data) {
    return (
      <p className="notice" role="status">
        If an account uses {email.trim()}, a reset link is on its way. It works once, for 30 minutes.
      </p>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormField
        label="Email"
        type="email"
        autoComplete="email"
        value={email}
        error={problem}
        onChange={(event) => setEmail(event.target.value)}
      />
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="primary" disabled={loading}>
        {loading ? 'Sending…' : 'Send me a reset link'}
      </button>
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </form>
  );
}

function NewPasswordForm({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [resetPassword, { loading, error }] = useMutation(ResetPasswordDocument);
  const startSession = useStartSession();
  const navigate = useNavigate();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = passwordProblem(password);
    setProblem(found);
    if (found) return;
    const result = await resetPassword({ variables: { token, newPassword: password } }).catch(
      () => undefined,
    );
    if (!result?.data) return;
    await startSession(result.data.resetPassword);
    navigate('/profile', { replace: true });
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters with an uppercase letter, a lowercase letter and a digit."
        value={password}
        error={problem}
        onChange={(event) => setPassword(event.target.value)}
      />
      {error && (
        <>
          <ErrorNotice error={error} />
          <p>
            <Link to="/reset-password">Ask for a new link</Link>
          </p>
        </>
      )}
      <button type="submit" className="primary" disabled={loading}>
        {loading ? 'Saving…' : 'Save and sign in'}
      </button>
    </form>
  );
}
