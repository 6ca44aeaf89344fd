import { isStoredId } from '../shared/index.js';
import { type User, UserModel } from './user.model.js';

/** A stored user without the password hash: what leaves the accounts feature. */
export type StoredUser = Omit<User, 'hashedPassword'>;

export type NewUser = Pick<User, 'email' | 'hashedPassword' | 'fullName'> &
  Partial<Pick<User, 'skills' | 'targetRoles' | 'experienceLevel' | 'location'>>;

export type UserProfileChanges = Partial<
  Pick<User, 'fullName' | 'skills' | 'targetRoles' | 'experienceLevel' | 'location'>
>;

const WITHOUT_PASSWORD_HASH = { hashedPassword: 0 } as const;

export async function ensureUserIndexes(): Promise<void> {
  await UserModel.createIndexes();
}

/** Fails with the driver's duplicate-key error when the email is taken: the unique index decides races. */
export async function insertUser(user: NewUser): Promise<User> {
  return (await UserModel.create(user)).toObject();
}

export async function findUserByEmail(normalizedEmail: string): Promise<User | null> {
  return UserModel.findOne({ email: normalizedEmail }).lean<User>().exec();
}

/** Null for an unknown id and for a string that is no id at all. */
export async function findUserById(id: string): Promise<StoredUser | null> {
  if (!isStoredId(id)) return null;
  return UserModel.findById(id, WITHOUT_PASSWORD_HASH).lean<StoredUser>().exec();
}

export async function findUserWithPasswordHash(id: string): Promise<User | null> {
  if (!isStoredId(id)) return null;
  return UserModel.findById(id).lean<User>().exec();
}

/**
 * Applies the changes only if the stored version is still `version`; null
 * when another write got there first.
 */
export async function updateUserProfileIfVersion(
  user: Pick<User, '_id' | 'version'>,
  changes: UserProfileChanges,
): Promise<StoredUser | null> {
  const updated = await UserModel.findOneAndUpdate(
    { _id: user._id, version: user.version },
    { $set: changes, $inc: { version: 1 } },
    // No projection here: FerretDB's findAndModify does not support one.
    { returnDocument: 'after' },
  ).lean<User>();
  if (!updated) return null;
  const { hashedPassword: _hash, ...stored } = updated;
  return stored;
}

/**
 * Replaces the password hash only if it is still `expectedHash`, so a
 * concurrent change wins; false when it was not. `touch: false` keeps
 * updatedAt (a hash upgrade is no profile change).
 */
export async function replacePasswordHashIf(
  user: Pick<User, '_id' | 'hashedPassword'>,
  newHash: string,
  options: { touch: boolean } = { touch: true },
): Promise<boolean> {
  const replaced = await UserModel.updateOne(
    { _id: user._id, hashedPassword: user.hashedPassword },
    { $set: { hashedPassword: newHash } },
    { timestamps: options.touch },
  );
  return replaced.matchedCount > 0;
}

/** Sets the hash whatever it was: a reset proved control of the address, not knowledge of the old password. */
export async function setPasswordHash(userId: User['_id'], newHash: string): Promise<void> {
  await UserModel.updateOne({ _id: userId }, { $set: { hashedPassword: newHash } });
}

/** Every access token issued before names an older version and is refused from now on. */
export async function bumpTokenVersion(userId: string): Promise<void> {
  await UserModel.updateOne({ _id: userId }, { $inc: { tokenVersion: 1 } }, { timestamps: false });
}

export async function deleteUser(user: Pick<User, '_id'>): Promise<void> {
  await UserModel.deleteOne({ _id: user._id });
}

/** Every user's target roles, streamed: users are never loaded all at once. */
export async function* targetRolesOfUsers(): AsyncGenerator<string[]> {
  const cursor = UserModel.find({ 'targetRoles.0': { $exists: true } }, { targetRoles: 1 })
    .lean<Pick<User, 'targetRoles'>[]>()
    .cursor();
  for await (const user of cursor) yield user.targetRoles;
}
