import { NavLink } from 'react-router';

/** One link per target role; the current one is marked for screen readers too. */
export function TargetRoleTabs({
  roles,
  current,
  basePath,
}: {
  roles: readonly string[];
  current: string;
  basePath: string;
}) {
  if (roles.length < 2) return null;
  return (
    <nav aria-label="Target roles" className="role-tabs">
      <ul>
        {roles.map((role) => (
          <li key={role}>
            <NavLink
              to={`${basePath}?role=${encodeURIComponent(role)}`}
              aria-current={role === current ? 'page' : undefined}
              className={role === current ? 'active' : undefined}
            >
              {role}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
