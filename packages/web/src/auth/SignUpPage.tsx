import { useMutation } from '@apollo/client/react';
import { RegisterDocument } from '@career-navigator/client';
import { Link, useNavigate } from 'react-router';
import { FormField, SubmitButton } from '../ui/index.js';
import { type SignUpValues, validateSignUp } from './auth-form.js';
import { useStartSession } from './session-context.js';
import { useValidatedForm } from './use-validated-form.js';

const EMPTY: SignUpValues = { fullName: '', email: '', password: '', confirmPassword: '' };

export function SignUpPage() {
  const { field, onSubmit } = useValidatedForm(EMPTY, validateSignUp);
  const [register, { loading, error }] = useMutation(RegisterDocument);
  const startSession = useStartSession();
  const navigate = useNavigate();
  async function signUp(values: SignUpValues) {
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
      <form onSubmit={onSubmit(signUp)} noValidate>
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
        <SubmitButton busy={loading} busyLabel="Creating your account…" error={error}>
          Create account
        </SubmitButton>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </section>
  );
}
