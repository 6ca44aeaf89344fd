import { type AppConfig, isAdminEmail } from '../config/index.js';
import type { User } from '../users/index.js';

/** A stored user without the password hash: what the account service hands out. */
export type AccountUser = Omit<User, 'hashedPassword'>;

/** What clients may see of a user. */
export interface PublicUser {
  id: string;
  email: string;
  fullName: string;
  skills: string[];
  targetRoles: string[];
  experienceLevel: string | null;
  location: string | null;
  isAdmin: boolean;
  /** Send back as expectedVersion when updating, to detect concurrent edits. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function isAdmin(config: AppConfig, user: Pick<User, 'email'>): boolean {
  return isAdminEmail(config, user.email);
}

export function toPublicUser(user: AccountUser, config: AppConfig): PublicUser {
  return {
    id: user._id.toString(),
    email: user.email,
    fullName: user.fullName,
    skills: [...user.skills],
    targetRoles: [...user.targetRoles],
    experienceLevel: user.experienceLevel ?? null,
    location: user.location ?? null,
    isAdmin: isAdmin(config, user),
    version: user.version,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
