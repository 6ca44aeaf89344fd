/**
 * graphql-js writes the offending input into its coercion messages (a whole
 * variable, password included) and suggests schema names in its validation
 * messages. These rewrite such messages so they name the field and the
 * expected type only.
 */

const VARIABLE_COERCION = /^Variable "\$(\w+)" got invalid value /;
/** The location graphql-js appends after the value: ` at "input.password"` (a path of names and indexes). */
const VALUE_LOCATION = / at "(\w+(?:\.\w+|\[\d+\])*)"; /;

/** Reasons worth keeping, recognised by their fixed wording; each rewritten without the value. */
const REASONS: readonly [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /Field "(\w{1,64})" of required type "([\w[\]!]+)" was not provided\.$/,
    (m) => `field "${m[1]}" of type ${m[2]} is required`,
  ],
  [
    /Field "(\w{1,64})" is not defined by type "(\w+)"\.(?: Did you mean .*)?$/s,
    (m) => `field "${m[1]}" is not defined by type ${m[2]}`,
  ],
  [/Expected type "(\w+)" to be an object\.$/, (m) => `expected an object of type ${m[1]}`],
  [/does not exist in "(\w+)" enum\.(?: Did you mean .*)?$/s, (m) => `expected a value of enum ${m[1]}`],
  [/; (\w+) cannot represent /, (m) => `expected ${m[1]}`],
];

function maskVariableCoercion(message: string, variable: string): string {
  const location = message.match(VALUE_LOCATION)?.[1] ?? variable;
  for (const [pattern, describe] of REASONS) {
    const match = message.match(pattern);
    if (match) return `Variable "$${variable}" has an invalid value at "${location}": ${describe(match)}`;
  }
  return `Variable "$${variable}" has an invalid value at "${location}"`;
}

/** Literal values written in the document itself, echoed by validation and scalar parsing. */
const LITERAL_ECHOES: readonly [RegExp, string][] = [
  [/(cannot represent (?:an? )?[\w -]*?value): .*$/s, '$1'],
  [/^Value ".*" does not exist in ("\w+" enum\.)/s, 'The value does not exist in $1'],
  [/^(Expected value of type "[^"]+"), found .*?(; .*)?$/s, '$1$2'],
];

/** The message without any input value in it. */
export function maskInputValues(message: string): string {
  const variable = message.match(VARIABLE_COERCION)?.[1];
  if (variable) return maskVariableCoercion(message, variable);
  let masked = message;
  for (const [pattern, replacement] of LITERAL_ECHOES) masked = masked.replace(pattern, replacement);
  return masked;
}

/** The name of the variable, or the path into it, a coercion message is about. */
export function coercedField(message: string): string | undefined {
  const variable = message.match(VARIABLE_COERCION)?.[1] ?? message.match(/^Variable "\$(\w+)"/)?.[1];
  if (!variable) return undefined;
  return message.match(VALUE_LOCATION)?.[1] ?? variable;
}

/** graphql-js's " Did you mean ...?" tails, which list schema names to anyone probing it. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*\?\s*$/s, '');
}
