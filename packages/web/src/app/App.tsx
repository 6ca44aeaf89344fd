import { lazy } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router';
import { PasswordResetPage, RequireSession, SignInPage, SignUpPage, useSession } from '../auth/index.js';
import { Layout } from './Layout.js';

// Pages behind sign-in and the chart pages load on demand, so the first paint waits for none of them.
const ProfilePage = lazy(() =>
  import('../profile/index.js').then((module) => ({ default: module.ProfilePage })),
);
const GapPage = lazy(() => import('../gap/index.js').then((module) => ({ default: module.GapPage })));
const RoadmapPage = lazy(() =>
  import('../roadmap/index.js').then((module) => ({ default: module.RoadmapPage })),
);
const MarketPage = lazy(() =>
  import('../market/index.js').then((module) => ({ default: module.MarketPage })),
);
const RoleProfilePage = lazy(() =>
  import('../roles/index.js').then((module) => ({ default: module.RoleProfilePage })),
);
const ProjectsPage = lazy(() =>
  import('../projects/index.js').then((module) => ({ default: module.ProjectsPage })),
);

function Home() {
  return <Navigate to={useSession() ? '/profile' : '/sign-in'} replace />;
}

const signedIn = (page: React.ReactNode) => <RequireSession>{page}</RequireSession>;

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-up" element={<SignUpPage />} />
          <Route path="reset-password" element={<PasswordResetPage />} />
          <Route path="market" element={<MarketPage />} />
          <Route path="roles/:role" element={<RoleProfilePage />} />
          <Route path="profile" element={signedIn(<ProfilePage />)} />
          <Route path="gap" element={signedIn(<GapPage />)} />
          <Route path="roadmap" element={signedIn(<RoadmapPage />)} />
          <Route path="projects" element={signedIn(<ProjectsPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Try the <Link to="/market">market overview</Link>.
      </p>
    </section>
  );
}
