import { ArrayMaxSize, ArrayMinSize, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, Int } from 'type-graphql';

/**
 * Field decorators for arguments and inputs that carry their own bounds. Each
 * declares the GraphQL field and the class-validator rules together, so a
 * bound is written once and every violation reaches the client through the
 * same mapping (BAD_USER_INPUT naming the argument).
 */

type PropertyDecoratorFn = (target: object, propertyKey: string | symbol) => void;

function all(...decorators: PropertyDecoratorFn[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

interface NumberBounds {
  min: number;
  /** Omit for "at least min". */
  max?: number;
  /** A field with a default is non-null: omit it to get the default. */
  defaultValue?: number;
  nullable?: boolean;
  description?: string;
}

function rangeMessage({ min, max }: NumberBounds): string {
  return max === undefined ? `must be at least ${min}` : `must be between ${min} and ${max}`;
}

function numberField(type: typeof Int | typeof Float, bounds: NumberBounds): PropertyDecorator {
  const message = rangeMessage(bounds);
  const rules: PropertyDecoratorFn[] = [Min(bounds.min, { message })];
  if (bounds.max !== undefined) rules.push(Max(bounds.max, { message }));
  return all(
    Field(() => type, {
      nullable: bounds.nullable ?? false,
      defaultValue: bounds.defaultValue,
      description: bounds.description,
    }),
    ...rules,
  );
}

export function BoundedInt(bounds: NumberBounds): PropertyDecorator {
  return numberField(Int, bounds);
}

export function BoundedFloat(bounds: NumberBounds): PropertyDecorator {
  return numberField(Float, bounds);
}

interface TextBounds {
  minLength?: number;
  maxLength: number;
  nullable?: boolean;
  description?: string;
  /** A whole-value pattern with the message shown when it does not match. */
  pattern?: { regex: RegExp; message: string };
}

function lengthMessage(minLength: number, maxLength: number, subject: string): string {
  if (minLength === maxLength) return `${subject} be exactly ${maxLength} characters`;
  return minLength > 0
    ? `${subject} be ${minLength} to ${maxLength} characters`
    : `${subject} be at most ${maxLength} characters`;
}

export function BoundedText(bounds: TextBounds): PropertyDecorator {
  const minLength = bounds.minLength ?? 0;
  const rules: PropertyDecoratorFn[] = [
    Length(minLength, bounds.maxLength, { message: lengthMessage(minLength, bounds.maxLength, 'must') }),
  ];
  if (bounds.pattern) rules.push(Matches(bounds.pattern.regex, { message: bounds.pattern.message }));
  return all(
    Field(() => String, { nullable: bounds.nullable ?? false, description: bounds.description }),
    ...rules,
  );
}

interface TextListBounds {
  minItems?: number;
  maxItems: number;
  minLength?: number;
  maxLength: number;
  nullable?: boolean;
  defaultValue?: string[];
  description?: string;
}

export function BoundedTextList(bounds: TextListBounds): PropertyDecorator {
  const minLength = bounds.minLength ?? 0;
  const rules: PropertyDecoratorFn[] = [
    ArrayMaxSize(bounds.maxItems, { message: `must have at most ${bounds.maxItems} entries` }),
    Length(minLength, bounds.maxLength, {
      each: true,
      message: lengthMessage(minLength, bounds.maxLength, 'each entry must'),
    }),
  ];
  if (bounds.minItems !== undefined) {
    rules.push(ArrayMinSize(bounds.minItems, { message: `must have at least ${bounds.minItems} entry` }));
  }
  return all(
    Field(() => [String], {
      nullable: bounds.nullable ?? false,
      defaultValue: bounds.defaultValue,
      description: bounds.description,
    }),
    ...rules,
  );
}
