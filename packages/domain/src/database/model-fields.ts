import { modelOptions, prop, type types } from '@typegoose/typegoose';
import { Types } from 'mongoose';

// `@prop` for the kinds of field the stored documents repeat, each kind's type and default
// written once, and `@storedAs` for a model's header. The type is always given: a nullable
// field's type cannot be read back from its TypeScript type. Extra options (enum, trim) pass
// through.

export const requiredString = (options: Parameters<typeof prop>[0] = {}) =>
  prop({ type: String, required: true, ...options });
export const nullableString = () => prop({ type: String, default: null });
export const stringList = () => prop({ type: () => [String], default: [] });

export const requiredNumber = () => prop({ type: Number, required: true });
export const nullableNumber = () => prop({ type: Number, default: null });
/** A count that starts at 0. */
export const counter = () => prop({ type: Number, required: true, default: 0 });

export const requiredDate = () => prop({ type: Date, required: true });
export const nullableDate = () => prop({ type: Date, default: null });

export const nullableBoolean = () => prop({ type: Boolean, default: null });
export const requiredObjectId = () => prop({ type: Types.ObjectId, required: true });

type SchemaOptions = NonNullable<types.IModelOptions['schemaOptions']>;

/**
 * A stored model's `@modelOptions`: its model name, given rather than taken from the class so
 * that a renamed class keeps its model; its collection and any other schema options; any
 * typegoose options (allowMixed).
 */
export const storedAs = (
  name: string,
  schemaOptions: SchemaOptions & { collection: string },
  options: Omit<types.ICustomOptions, 'customName'> = {},
) => modelOptions({ schemaOptions, options: { customName: name, ...options } });
