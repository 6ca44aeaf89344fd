import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from 'graphql/index.js';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode } from './error-codes.js';
import { trimStringArguments } from './trimmed-strings.js';

/** How long one operation may run; past it, no further top-level field starts and the answer is an error. */
export const OPERATION_DEADLINE_MS = 10_000;

function deadlinePassed(): GraphQLError {
  return new GraphQLError(
    `The operation did not finish within ${OPERATION_DEADLINE_MS / 1_000} s; ask for less at once`,
    { extensions: { code: ApiErrorCode.QUERY_TOO_COMPLEX } },
  );
}

/** Settles like `work`, or rejects once the operation's deadline passes. */
async function beforeDeadline<T>(work: Promise<T>, context: ApiContext): Promise<T> {
  const remainingMs = context.startedAt + OPERATION_DEADLINE_MS - Date.now();
  if (remainingMs <= 0) throw deadlinePassed();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadlinePassed()), remainingMs);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Plain JSON of the (already coerced) arguments, keys sorted: equal arguments, equal key. */
function argumentsKey(fieldName: string, args: Record<string, unknown>): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return `${fieldName}:${JSON.stringify(sorted(args))}`;
}

type FieldResolver = GraphQLFieldResolver<unknown, ApiContext, Record<string, unknown>>;

function checkedArguments(resolve: FieldResolver): FieldResolver {
  return (source, args, context, info) => {
    if (Date.now() - context.startedAt > OPERATION_DEADLINE_MS) throw deadlinePassed();
    if (Object.keys(args).length > 0) trimStringArguments(args);
    return resolve(source, args, context, info);
  };
}

function guarded(resolve: FieldResolver): FieldResolver {
  return (source, args, context, info) => {
    if (Date.now() - context.startedAt > OPERATION_DEADLINE_MS) throw deadlinePassed();
    if (Object.keys(args).length > 0) trimStringArguments(args);
    const run = async () => resolve(source, args, context, info);
    if (info.operation.operation !== 'query') return beforeDeadline(run(), context);
    const key = argumentsKey(info.fieldName, args);
    let shared = context.rootResults.get(key);
    if (!shared) {
      shared = beforeDeadline(run(), context);
      context.rootResults.set(key, shared);
    }
    return shared;
  };
}

/**
 * Wraps every top-level query and mutation field of the schema, and every other field
 * taking arguments:
 * - string arguments are trimmed, and refused when empty, by one rule;
 * - no such field starts after the operation's deadline, and a top-level one still
 *   running at the deadline answers with an error then, so a resolver that
 *   loops over awaited work cannot hold the request;
 * - top-level query fields asked for twice with equal arguments (aliases)
 *   are computed once and share one result, so memory does not grow with
 *   the number of aliases.
 * The other fields are properties of the results and are left to graphql-js: a
 * type-graphql middleware there would turn every property read into a chain of promises.
 */
export function guardOperations(schema: GraphQLSchema): GraphQLSchema {
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = (field.resolve ?? defaultFieldResolver) as FieldResolver;
      if (rootTypes.has(type)) field.resolve = guarded(resolve);
      else if (field.args.length > 0) field.resolve = checkedArguments(resolve);
    }
  }
  return schema;
}
