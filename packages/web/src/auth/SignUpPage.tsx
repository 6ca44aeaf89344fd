import { useMutation } from '@apollo/client/react';
import { RegisterDocument } from '@career-navigator/client';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice, FormField } from '../ui/index.js';
import { type FieldErrors, hasErrors, type SignUpValues, validateSignUp } from './auth-form.js';

import { useStartSession } from './session-context.js';

const EMPTY: SignUpValues = { fullName: '', email: '', password: '', confirmPassword: '' };

export function SignUpPage() {
  const [values, setValues] = useState<SignUpValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof SignUpValues>>({});
  const [register, { loading, error }] = useMutation(RegisterDocument);
  const startSession = useStartSession();
  const navigate = useNavigate();
  const field = (name: keyof SignUpValues) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignUp(values);
    setErrors(found);
    if (hasErrors(found)) return;
    const { data } = await register({
      variables: {
        input: { fullName: values.fullName.trim(), email: values.email.trim(), password: values.password },
      },
    }).catch(() => ({ data: undefined }));
    if (!data) return;
    await startSession(data.register);
    navigate('/profile', { replace: true });
  }

  return (
    <section className="narrow" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create your account</h1>
      <form onSubmit={submit} noValidate>
        <FormField label="Full name" autoComplete="name" {...field('fullName')} />
        <FormField label="Email" type="email" autoComplete="email" {...field('email')} />
        <FormField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters with an uppercase letter, a lowercase letter and a digit."
          {...field('password')}
        />
        <FormField
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          {...field('confirmPassword')}
        />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </section>
  );
}
