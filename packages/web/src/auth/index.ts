export { PasswordResetPage } from './PasswordResetPage.js';
export { RequireSession } from './RequireSession.js';
export { SignInPage } from './SignInPage.js';
export { SignUpPage } from './SignUpPage.js';
export { SessionProvider, useSession, useSignOut } from './session-context.js';
