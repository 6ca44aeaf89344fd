/** The arguments with GraphQL's null for an omitted nullable argument turned into undefined. */
export type OmittedAsUndefined<T> = {
  [K in keyof T]: null extends T[K] ? Exclude<T[K], null> | undefined : T[K];
};

/**
 * A resolver's arguments as the domain's options take them: a nullable argument left out
 * (or sent as null) is an option not given, undefined.
 */
export function omittedAsUndefined<T extends object>(args: T): OmittedAsUndefined<T> {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [name, value ?? undefined]),
  ) as OmittedAsUndefined<T>;
}
