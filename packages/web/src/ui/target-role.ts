/**
 * The role a per-target-role page shows: `?role=` unless blank (a link built from a missing role
 * sends `?role=`), else the first of the profile's target roles; undefined with neither.
 */
export function targetRoleFrom(params: URLSearchParams, targetRoles: readonly string[]): string | undefined {
  return params.get('role')?.trim() || targetRoles[0];
}
