import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../auth/index.js';
import { Loading } from '../ui/index.js';

const SIGNED_IN_LINKS = [
  ['/profile', 'Profile'],
  ['/gap', 'Skill gap'],
  ['/roadmap', 'Roadmap'],
  ['/projects', 'Projects'],
] as const;

export function Layout() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          Career Navigator
        </NavLink>
        <nav aria-label="Main">
          <ul>
            {session &&
              SIGNED_IN_LINKS.map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to}>{label}</NavLink>
                </li>
              ))}
            <li>
              <NavLink to="/market">Market</NavLink>
            </li>
            {session ? (
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={async () => {
                    await signOut();
                    navigate('/sign-in');
                  }}
                >
                  Sign out
                </button>
              </li>
            ) : (
              <>
                <li>
                  <NavLink to="/sign-in">Sign in</NavLink>
                </li>
                <li>
                  <NavLink to="/sign-up">Sign up</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading label="Loading the page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
