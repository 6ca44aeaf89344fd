/** Field → message; empty when the form may be sent. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The API's password policy, checked before sending so the user learns it while typing. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8) return 'Use at least 8 characters.';
  if (!/[A-Z]/.test(password)) return 'Add an uppercase letter.';
  if (!/[a-z]/.test(password)) return 'Add a lowercase letter.';
  if (!/[0-9]/.test(password)) return 'Add a digit.';
  return undefined;
}

export function emailProblem(email: string): string | undefined {
  if (email.trim() === '') return 'Enter your email address.';
  return EMAIL.test(email.trim()) ? undefined : 'Enter an email address such as ada@example.com.';
}

export interface SignInValues {
  email: string;
  password: string;
}

export function validateSignIn(values: SignInValues): FieldErrors<keyof SignInValues> {
  const errors: FieldErrors<keyof SignInValues> = {};
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  if (values.password === '') errors.password = 'Enter your password.';
  return errors;
}

export interface SignUpValues {
  fullName: string;
  email: string;
  password: string;
  confirmPassword: string;
}

export function validateSignUp(values: SignUpValues): FieldErrors<keyof SignUpValues> {
  const errors: FieldErrors<keyof SignUpValues> = {};
  if (values.fullName.trim() === '') errors.fullName = 'Enter your name.';
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  const password = passwordProblem(values.password);
  if (password) errors.password = password;
  else if (values.confirmPassword !== values.password) errors.confirmPassword = 'The passwords differ.';
  return errors;
}

export function hasErrors(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
