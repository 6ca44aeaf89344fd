import { prop } from '@typegoose/typegoose';
import { Types } from 'mongoose';

// `@prop` for the kinds of field the stored documents repeat, each kind's type and default
// written once. The type is always given: a nullable field's type cannot be read back from
// its TypeScript type. Extra options (enum, trim) pass through.

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
