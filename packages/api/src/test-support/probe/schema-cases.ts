import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { ProbeCase, ProbeExpectation } from './probe-case.js';

/**
 * Cases derived from the schema file itself, so a field added tomorrow is
 * probed without anyone writing a case for it: every argument and input
 * field gets the bad values its type invites, every signed-in operation is
 * called without a token.
 */

const SCHEMA_FILE = new URL('../../../schema.graphql', import.meta.url);

/** Root fields anyone may call; every other one must answer UNAUTHENTICATED without a token. */
export const PUBLIC_FIELDS: ReadonlySet<string> = new Set([
  'health',
  'marketTrends',
  'extractSkills',
  'skills',
  'skill',
  'roles',
  'roleProfile',
  'register',
  'login',
  'logout',
  'refreshSession',
  'requestPasswordReset',
  'resetPassword',
]);
/** Root fields for administrators (ADMIN_EMAILS) only: FORBIDDEN to other users. */
export const ADMIN_FIELDS: ReadonlySet<string> = new Set([
  'triggerCollection',
  'collectionRun',
  'collectionStatistics',
]);

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
}

export interface RootField {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {});
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {});
  return [
    ...query.map((field) => ({ operation: 'query' as const, field })),
    ...mutation.map((field) => ({ operation: 'mutation' as const, field })),
  ];
}

/** A plausible value for an argument or input field, chosen by its name, then by its type. */
const VALID_BY_NAME: Readonly<Record<string, unknown>> = {
  password: 'Probe-Valid-Passw0rd',
  currentPassword: 'Probe-Valid-Passw0rd',
  newPassword: 'Probe-Other-Passw0rd',
  fullName: 'Probe User',
  role: 'Software Engineer',
  targetRole: 'Software Engineer',
  roles: ['Software Engineer'],
  targetRoles: ['Software Engineer'],
  skill: 'python',
  skills: ['python'],
  skillFocus: ['python'],
  text: 'Python, SQL and Docker in production.',
  query: 'python',
  search: 'python',
  countryCode: 'US',
  location: 'Berlin',
  locations: ['Berlin'],
  url: 'https://docs.python.org/3/tutorial/',
  refreshToken: 'probe-refresh-token',
  token: 'probe-reset-token',
};

function validValue(name: string, type: GraphQLInputType, defaultValue: unknown): unknown {
  if (defaultValue !== undefined) return defaultValue;
  // A new address each time: a value accepted once must not make the next case a duplicate.
  if (name === 'email') return `probe.valid.${marker()}@example.com`;
  if (name in VALID_BY_NAME) return VALID_BY_NAME[name];
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(name, nullable.ofType, undefined)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
  if (isInputObjectType(nullable)) return validInput(nullable.getFields());
  switch (nullable.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'ID':
      return '0123456789abcdef01234567';
    default:
      return 'probe';
  }
}

function validInput(
  fields: Record<string, { name: string; type: GraphQLInputType; defaultValue?: unknown }>,
) {
  const value: Record<string, unknown> = {};
  for (const field of Object.values(fields)) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) {
      value[field.name] = validValue(field.name, field.type, undefined);
    }
  }
  return value;
}

/** An argument or an input field inside one, with where it sits. */
interface Leaf {
  /** Path for messages: `days`, `input.email`. */
  path: string;
  name: string;
  type: GraphQLInputType;
  /** Root argument the leaf is in, and where inside its value (empty for the argument itself). */
  argument: GraphQLArgument;
  inside: string[];
}

function leavesOf(argument: GraphQLArgument): Leaf[] {
  const leaves: Leaf[] = [
    { path: argument.name, name: argument.name, type: argument.type, argument, inside: [] },
  ];
  const named = getNamedType(argument.type);
  if (isInputObjectType(named)) {
    for (const field of Object.values(named.getFields())) {
      leaves.push({
        path: `${argument.name}.${field.name}`,
        name: field.name,
        type: field.type,
        argument,
        inside: [field.name],
      });
    }
  }
  return leaves;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** A document calling `root` with every argument passed as a variable of the argument's name. */
function documentFor({ operation, field }: RootField): string {
  const variables = field.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`);
  const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`);
  const header = variables.length > 0 ? `(${variables.join(', ')})` : '';
  const call = passed.length > 0 ? `(${passed.join(', ')})` : '';
  return `${operation} Probe${header} { ${field.name}${call}${selectionOf(field)} }`;
}

function validVariables(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const argument of field.args) {
    const value = validValue(argument.name, argument.type, argument.defaultValue);
    if (value !== undefined && (isNonNullType(argument.type) || argument.name in VALID_BY_NAME)) {
      variables[argument.name] = value;
    }
  }
  return variables;
}

function withLeafValue(
  variables: Record<string, unknown>,
  leaf: Leaf,
  value: unknown,
): Record<string, unknown> {
  if (leaf.inside.length === 0) return { ...variables, [leaf.argument.name]: value };
  const container = { ...((variables[leaf.argument.name] as Record<string, unknown>) ?? {}) };
  container[leaf.inside[0] as string] = value;
  return { ...variables, [leaf.argument.name]: container };
}

/** A refusal naming the field (BAD_USER_INPUT, HTTP 200 from a resolver or 400 from coercion). */
const refused = (field: string, mustNotEcho: string[] = []): ProbeExpectation => ({
  status: [200, 400],
  codes: ['BAD_USER_INPUT'],
  field,
  mustNotEcho,
});

/** Any documented client answer but a crash: the value may be fine, unknown, or refused. */
const survived = (field: string, mustNotEcho: string[] = []): ProbeExpectation => ({
  status: [200, 400],
  codes: [null, 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED'],
  field,
  mustNotEcho,
});

interface BadValue {
  label: string;
  value: unknown;
  expect: ProbeExpectation;
}

let markerCount = 0;
/** A value unique to one case, to find it if an answer echoes it. */
function marker(): string {
  markerCount++;
  return `probe${markerCount}zq`;
}

function stringValues(leaf: Leaf): BadValue[] {
  const field = leaf.name;
  const typedAsIs = /password/i.test(field);
  const secret = marker();
  const long = `${secret}${'x'.repeat(100_000)}`;
  const control = `a\u0000b\u0007c\u001b[31m${secret}`;
  const values: BadValue[] = [
    { label: 'empty', value: '', expect: refused(field) },
    // Passwords are taken as typed: spaces are a (wrong) password, not an empty one.
    { label: 'spaces only', value: '   ', expect: typedAsIs ? survived(field) : refused(field) },
    { label: 'over-long', value: long, expect: refused(field, [secret]) },
    { label: 'control characters', value: control, expect: survived(field, [secret]) },
    { label: 'a number', value: 12_345_678, expect: refused(field, ['12345678']) },
    { label: 'an operator object', value: { $ne: secret }, expect: refused(field, [secret]) },
  ];
  if (isNonNullType(leaf.type)) values.push({ label: 'null', value: null, expect: refused(field) });
  return values;
}

function numberValues(leaf: Leaf, integer: boolean): BadValue[] {
  const field = leaf.name;
  const secret = marker();
  const values: BadValue[] = [
    { label: 'negative', value: -1, expect: survived(field) },
    { label: 'huge', value: integer ? 1_000_000_000 : 1e300, expect: survived(field) },
    { label: 'a string', value: secret, expect: refused(field, [secret]) },
    { label: 'a boolean', value: true, expect: refused(field) },
  ];
  if (integer) {
    values.push(
      { label: 'past 32 bits', value: 2_147_483_648, expect: refused(field, ['2147483648']) },
      { label: 'fractional', value: 1.5, expect: refused(field) },
    );
  }
  if (isNonNullType(leaf.type)) values.push({ label: 'null', value: null, expect: refused(field) });
  return values;
}

function scalarValues(leaf: Leaf): BadValue[] {
  const named = getNamedType(leaf.type);
  const field = leaf.name;
  if (isEnumType(named)) {
    const secret = `${marker().toUpperCase()}_VALUE`;
    const first = named.getValues()[0]?.name ?? 'A';
    return [
      { label: 'unknown enum value', value: secret, expect: refused(field, [secret]) },
      { label: 'lower-case enum value', value: first.toLowerCase(), expect: refused(field) },
      { label: 'a number', value: 7, expect: refused(field) },
    ];
  }
  if (!isScalarType(named)) return [];
  switch (named.name) {
    case 'Int':
      return numberValues(leaf, true);
    case 'Float':
      return numberValues(leaf, false);
    case 'Boolean':
      return [
        { label: 'a string', value: 'true', expect: refused(field) },
        { label: 'a number', value: 1, expect: refused(field) },
      ];
    case 'ID': {
      const secret = marker();
      return [
        { label: 'empty', value: '', expect: refused(field) },
        { label: 'spaces only', value: '   ', expect: refused(field) },
        { label: 'malformed', value: `${secret}-not-an-id`, expect: survived(field, [secret]) },
        { label: 'an operator object', value: { $gt: secret }, expect: refused(field, [secret]) },
      ];
    }
    default:
      return stringValues(leaf);
  }
}

function listValues(leaf: Leaf): BadValue[] {
  const field = leaf.name;
  const secret = marker();
  const item = validValue(leaf.name, getNullableType(leaf.type), undefined);
  const one = Array.isArray(item) ? item[0] : item;
  return [
    { label: 'an empty entry', value: [one, ''], expect: refused(field) },
    { label: 'a spaces-only entry', value: ['   '], expect: refused(field) },
    { label: 'a null entry', value: [one, null], expect: refused(field) },
    {
      label: 'an over-long entry',
      value: [`${secret}${'x'.repeat(10_000)}`],
      expect: refused(field, [secret]),
    },
    {
      label: 'a thousand entries',
      value: Array.from({ length: 1_000 }, (_, i) => `${one}${i}`),
      expect: refused(field),
    },
    { label: 'an empty list', value: [], expect: survived(field) },
  ];
}

function inputObjectValues(leaf: Leaf): BadValue[] {
  const named = getNamedType(leaf.type);
  if (!isInputObjectType(named)) return [];
  const field = leaf.name;
  const valid = validInput(named.getFields());
  const secret = marker();
  const values: BadValue[] = [
    {
      label: 'an unknown field',
      value: { ...valid, [`${secret}Field`]: secret },
      expect: refused(`${secret}Field`, [`"${secret}"`]),
    },
    { label: 'a string', value: secret, expect: refused(field, [secret]) },
  ];
  for (const inner of Object.values(named.getFields())) {
    if (!isNonNullType(inner.type) || inner.defaultValue !== undefined) continue;
    const { [inner.name]: _left, ...rest } = valid;
    values.push({ label: `without ${inner.name}`, value: rest, expect: refused(inner.name) });
  }
  if (isNonNullType(leaf.type)) values.push({ label: 'null', value: null, expect: refused(field) });
  return values;
}

function badValuesOf(leaf: Leaf): BadValue[] {
  const nullable = getNullableType(leaf.type);
  if (isListType(nullable)) return listValues(leaf);
  if (isInputObjectType(nullable)) return inputObjectValues(leaf);
  return scalarValues(leaf);
}

export interface Tokens {
  user: string;
  admin: string;
}

function tokenFor(root: RootField, tokens: Tokens): string | undefined {
  if (PUBLIC_FIELDS.has(root.field.name)) return undefined;
  return ADMIN_FIELDS.has(root.field.name) ? tokens.admin : tokens.user;
}

/** Every argument and input field of every root operation with the bad values its type invites. */
export function argumentCases(schema: GraphQLSchema, tokens: Tokens): ProbeCase[] {
  const cases: ProbeCase[] = [];
  for (const root of rootFields(schema)) {
    const query = documentFor(root);
    const token = tokenFor(root, tokens);
    const headers = token ? { authorization: `Bearer ${token}` } : undefined;
    for (const argument of root.field.args) {
      for (const leaf of leavesOf(argument)) {
        for (const bad of badValuesOf(leaf)) {
          cases.push({
            name: `${root.field.name}(${leaf.path}: ${bad.label})`,
            request: {
              headers,
              body: { query, variables: withLeafValue(validVariables(root.field), leaf, bad.value) },
            },
            expect: bad.expect,
          });
        }
      }
    }
  }
  return cases;
}

/** The same bad values written into the document itself, where validation (not coercion) meets them. */
export function literalCases(schema: GraphQLSchema, tokens: Tokens): ProbeCase[] {
  const cases: ProbeCase[] = [];
  for (const root of rootFields(schema)) {
    const token = tokenFor(root, tokens);
    const headers = token ? { authorization: `Bearer ${token}` } : undefined;
    for (const argument of root.field.args) {
      const named = getNamedType(argument.type);
      const others = root.field.args
        .filter(
          (other) => other !== argument && isNonNullType(other.type) && other.defaultValue === undefined,
        )
        .map((other) => `${other.name}: $${other.name}`);
      const declared = root.field.args
        .filter(
          (other) => other !== argument && isNonNullType(other.type) && other.defaultValue === undefined,
        )
        .map((other) => `$${other.name}: ${other.type.toString()}`);
      const variables = validVariables(root.field);
      delete variables[argument.name];
      const call = (literal: string) =>
        `${root.operation} Probe${declared.length ? `(${declared.join(', ')})` : ''} { ${root.field.name}(${[`${argument.name}: ${literal}`, ...others].join(', ')})${selectionOf(root.field)} }`;
      const secret = marker();
      const literals: [string, string, ProbeExpectation][] = [];
      if (isScalarType(named) && ['String', 'ID'].includes(named.name) && !/password/i.test(argument.name)) {
        literals.push(['spaces only', '"   "', refused(argument.name)]);
      }
      if (isScalarType(named) && ['Int', 'Float'].includes(named.name)) {
        literals.push([
          'a string',
          `"${secret}"`,
          { status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'], mustNotEcho: [secret] },
        ]);
      }
      if (isEnumType(named)) {
        literals.push([
          'an unknown enum value',
          `${secret.toUpperCase()}_VALUE`,
          { status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'], mustNotEcho: [secret.toUpperCase()] },
        ]);
      }
      for (const [label, literal, expect] of literals) {
        cases.push({
          name: `${root.field.name}(${argument.name}: ${label}, in the document)`,
          request: { headers, body: { query: call(literal), variables } },
          expect,
        });
      }
    }
  }
  return cases;
}

/** Every signed-in operation without a token, every admin operation with a user's token. */
export function authorisationCases(schema: GraphQLSchema, tokens: Tokens): ProbeCase[] {
  const cases: ProbeCase[] = [];
  for (const root of rootFields(schema)) {
    if (PUBLIC_FIELDS.has(root.field.name)) continue;
    const body = { query: documentFor(root), variables: validVariables(root.field) };
    cases.push({
      name: `${root.field.name} without a token`,
      request: { body },
      expect: { status: [200], codes: ['UNAUTHENTICATED'] },
    });
    if (ADMIN_FIELDS.has(root.field.name)) {
      cases.push({
        name: `${root.field.name} with a user's token`,
        request: { headers: { authorization: `Bearer ${tokens.user}` }, body },
        expect: { status: [200], codes: ['FORBIDDEN'] },
      });
    }
  }
  return cases;
}

/** Unknown fields and arguments on every root field: validation errors, no schema names suggested in production. */
export function unknownNameCases(schema: GraphQLSchema): ProbeCase[] {
  const cases: ProbeCase[] = [];
  for (const root of rootFields(schema)) {
    const named = getNamedType(root.field.type);
    const variables = validVariables(root.field);
    const declared = root.field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
    const passed = root.field.args.map((a) => `${a.name}: $${a.name}`);
    const head = `${root.operation} Probe${declared.length ? `(${declared.join(', ')})` : ''}`;
    const validation = { status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] };
    // A near miss of a real name is what makes graphql-js suggest it.
    const misspelt = root.field.args[0] ? `${root.field.args[0].name}x` : 'probe';
    cases.push({
      name: `${root.field.name} with an unknown argument`,
      request: {
        body: {
          query: `${head} { ${root.field.name}(${[...passed, `${misspelt}: 1`].join(', ')})${selectionOf(root.field)} }`,
          variables,
        },
      },
      expect: validation,
    });
    if (isObjectType(named)) {
      const first = Object.keys(named.getFields())[0] ?? 'id';
      cases.push({
        name: `${root.field.name} selecting a misspelt field`,
        request: {
          body: {
            query: `${head} { ${root.field.name}${passed.length ? `(${passed.join(', ')})` : ''} { ${first}x } }`,
            variables,
          },
        },
        expect: validation,
      });
    }
  }
  cases.push({
    name: 'a misspelt root field',
    request: { body: { query: '{ healt { status } }' } },
    expect: { status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
  });
  return cases;
}
