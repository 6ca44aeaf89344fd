import { registerEnumType } from 'type-graphql';

/** 'programming_language' → PROGRAMMING_LANGUAGE, 'Beginner' → BEGINNER: a GraphQL name for a stored value. */
export type EnumValueMap<Value extends string> = { readonly [V in Value as Uppercase<V>]: V };

interface ValueEnumConfig<Value extends string> {
  name: string;
  description?: string;
  valuesConfig?: Partial<Record<Uppercase<Value>, { description?: string }>>;
}

/**
 * Registers a GraphQL enum whose names are the upper-cased stored values, built from the list the domain
 * validates against, so a value added there reaches the schema without a second list to keep in step.
 */
export function registerValueEnum<const Value extends string>(
  values: readonly Value[],
  config: ValueEnumConfig<Value>,
): EnumValueMap<Value> {
  const byName = Object.fromEntries(
    values.map((value) => [value.toUpperCase(), value]),
  ) as EnumValueMap<Value>;
  registerEnumType(byName, config);
  return byName;
}
