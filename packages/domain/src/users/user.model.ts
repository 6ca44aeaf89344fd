import { getModelForClass, index, prop, Severity } from '@typegoose/typegoose';
import type { Types } from 'mongoose';
import { nullableString, requiredString, storedAs, stringList } from '../database/index.js';

/** The original system's levels, kept verbatim because stored profiles and clients use them. */
export const EXPERIENCE_LEVELS = ['12th Pass Out', '1st Year', '2nd Year', '3rd Year', '4th Year'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

@storedAs(
  'User',
  {
    collection: 'users',
    timestamps: true,
    // A profile save that raced another one fails instead of silently overwriting it.
    optimisticConcurrency: true,
    versionKey: 'version',
  },
  { allowMixed: Severity.ERROR },
)
@index({ email: 1 }, { unique: true })
@index({ createdAt: -1 })
export class User {
  public _id!: Types.ObjectId;

  @requiredString({ lowercase: true, trim: true }) public email!: string;

  /** bcrypt for new users; passlib pbkdf2_sha256 for users migrated from the original system. */
  @requiredString() public hashedPassword!: string;

  @requiredString() public fullName!: string;

  /** Canonical skill ids (see skills/normalizeSkill). */
  @stringList() public skills!: string[];

  /** Role titles as the user typed them (trimmed, deduplicated case-insensitively). */
  @stringList() public targetRoles!: string[];

  @nullableString() public experienceLevel!: string | null;
  @nullableString() public location!: string | null;

  /**
   * Access tokens carry the value they were issued under; bumping it (password
   * change or reset, sign-out everywhere, a session ended) revokes them all.
   * Absent on users stored before it existed, which reads as 0.
   */
  @prop({ type: Number, default: 0 }) public tokenVersion!: number;

  public version!: number;
  public createdAt!: Date;
  public updatedAt!: Date;
}

export const UserModel = getModelForClass(User);
