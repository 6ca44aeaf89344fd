import { useMutation } from '@apollo/client/react';
import { LoginDocument } from '@career-navigator/client';
import { Link, useLocation, useNavigate } from 'react-router';
import { FormField, SubmitButton } from '../ui/index.js';
import { validateSignIn } from './auth-form.js';
import { useStartSession } from './session-context.js';
import { useValidatedForm } from './use-validated-form.js';

export function SignInPage() {
  const { field, onSubmit } = useValidatedForm({ email: '', password: '' }, validateSignIn);
  const [login, { loading, error }] = useMutation(LoginDocument);
  const startSession = useStartSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/profile';

  async function signIn(values: { email: string; password: string }) {
    const { data } = await login({
      variables: { email: values.email.trim(), password: values.password },
    }).catch(() => ({ data: undefined }));
    if (!data) return;
    await startSession(data.login);
    navigate(from, { replace: true });
  }

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <form onSubmit={onSubmit(signIn)} noValidate>
        <FormField label="Email" type="email" autoComplete="email" {...field('email')} />
        <FormField label="Password" type="password" autoComplete="current-password" {...field('password')} />
        <SubmitButton busy={loading} busyLabel="Signing in…" error={error}>
          Sign in
        </SubmitButton>
      </form>
      <p>
        New here? <Link to="/sign-up">Create an account</Link>. Forgot your password?{' '}
        <Link to="/reset-password">Reset it by email</Link>.
      </p>
    </section>
  );
}
