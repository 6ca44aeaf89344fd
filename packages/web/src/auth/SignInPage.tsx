import { useMutation } from '@apollo/client/react';
import { LoginDocument } from '@career-navigator/client';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorNotice, FormField } from '../ui/index.js';
import { type FieldErrors, hasErrors, type SignInValues, validateSignIn } from './auth-form.js';

import { useStartSession } from './session-context.js';

export function SignInPage() {
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<keyof SignInValues>>({});
  const [login, { loading, error }] = useMutation(LoginDocument);
  const startSession = useStartSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/profile';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignIn(values);
    setErrors(found);
    if (hasErrors(found)) return;
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
      <form onSubmit={submit} noValidate>
        <FormField
          label="Email"
          type="email"
          autoComplete="email"
          value={values.email}
          error={errors.email}
          onChange={(event) => setValues({ ...values, email: event.target.value })}
        />
        <FormField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          error={errors.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
        />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New here? <Link to="/sign-up">Create an account</Link>. Forgot your password?{' '}
        <Link to="/reset-password">Reset it by email</Link>.
      </p>
    </section>
  );
}
