import { describe, expect, it } from 'vitest';
import { hasErrors, passwordProblem, validateSignIn, validateSignUp } from './auth-form.js';

describe('the sign-up and sign-in forms', () => {
  it('explain the password policy one rule at a time', () => {
    expect(passwordProblem('Short1')).toBe('Use at least 8 characters.');
    expect(passwordProblem('lowercase-only-1')).toBe('Add an uppercase letter.');
    expect(passwordProblem('UPPERCASE-ONLY-1')).toBe('Add a lowercase letter.');
    expect(passwordProblem('No-Digits-Here')).toBe('Add a digit.');
    expect(passwordProblem('Correct-Horse-42')).toBeUndefined();
  });

  it('name every field that is wrong, and the confirmation only once the password is acceptable', () => {
    expect(
      validateSignUp({ fullName: ' ', email: 'ada@', password: 'weak', confirmPassword: 'other' }),
    ).toEqual({
      fullName: 'Enter your name.',
      email: 'Enter an email address such as ada@example.com.',
      password: 'Use at least 8 characters.',
    });
    expect(
      validateSignUp({
        fullName: 'Ada',
        email: 'ada@example.com',
        password: 'Correct-Horse-42',
        confirmPassword: 'x',
      }),
    ).toEqual({ confirmPassword: 'The passwords differ.' });
    const valid = {
      fullName: 'Ada',
      email: ' ada@example.com ',
      password: 'Correct-Horse-42',
      confirmPassword: 'Correct-Horse-42',
    };
    expect(hasErrors(validateSignUp(valid))).toBe(false);
  });

  it('sign-in asks only for an address and a password', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      email: 'Enter your email address.',
      password: 'Enter your password.',
    });
    expect(hasErrors(validateSignIn({ email: 'ada@example.com', password: 'anything' }))).toBe(false);
  });
});
