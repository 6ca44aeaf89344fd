import { withLock } from '../database/index.js';
import { ConflictError } from '../errors/index.js';
import { normalizeRole } from '../roles/index.js';
import { updateUserProfileIfVersion } from '../users/index.js';
import {
  MAX_SKILLS,
  type ProfilePatch,
  type ProfilePatchInput,
  parseProfilePatch,
} from './account-validation.js';
import type { PrincipalCache } from './principal-cache/index.js';
import type { AccountUser } from './public-user.js';

export interface ProfileUpdate {
  user: AccountUser;
  /** Target roles new to this user (by normalised role), for which postings should be collected. */
  addedRoles: string[];
}

export interface ProfileEditorOptions {
  /** The user as stored; NOT_FOUND when there is none. */
  readUser(userId: string): Promise<AccountUser>;
  /** Forgotten after every write, on every process, so the next request reads the new profile. */
  principals: PrincipalCache<AccountUser>;
}

/** Profile writes are quick; a crashed holder blocks its user's next update for at most the TTL. */
const PROFILE_LEASE = { ttlMs: 10_000, waitMs: 10_000, pollMs: 20 };

function staleProfileError(): ConflictError {
  return new ConflictError('The profile was changed by another request; reload it and try again');
}

/**
 * Roles whose normalised form the user did not have before, first spelling
 * wins. A role that normalises to nothing (only seniority words) names no job to collect.
 */
function rolesAdded(previous: readonly string[], next: readonly string[]): string[] {
  const known = new Set(previous.map((role) => normalizeRole(role)));
  return next.filter((role) => {
    const key = normalizeRole(role);
    if (key === '' || known.has(key)) return false;
    known.add(key);
    return true;
  });
}

/** Only the fields the caller sent; undefined means "leave as it is". */
function changedFields(patch: ProfilePatch): Partial<ProfilePatch> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

/**
 * Every change to a profile after sign-up (name, skills, target roles, level, location):
 * the user's own edits, skill import and learning progress all go through it, so every
 * write is validated alike and lands only on the version it read.
 */
export class ProfileEditor {
  constructor(private readonly options: ProfileEditorOptions) {}

  /** The profile as stored; NOT_FOUND when the user is gone. */
  profile(userId: string): Promise<AccountUser> {
    return this.options.readUser(userId);
  }

  /**
   * Applies the fields present in `patch` (null clears experienceLevel and
   * location). The write only lands on the version that was read, so two
   * concurrent edits cannot silently overwrite each other.
   */
  async updateProfile(
    userId: string,
    expectedVersion: number | undefined,
    patch: ProfilePatchInput,
  ): Promise<ProfileUpdate> {
    const changes = changedFields(parseProfilePatch(patch));
    const { before, after } = await this.changeProfile(userId, (current) => {
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw staleProfileError();
      return Object.keys(changes).length === 0 ? null : changes;
    });
    const addedRoles = changes.targetRoles ? rolesAdded(before.targetRoles, changes.targetRoles) : [];
    return { user: after, addedRoles };
  }

  /**
   * Puts a skill (canonical id) into the profile's skills; false when it was already there
   * or the profile is full, so the caller knows whether taking it out again is its business.
   */
  async addSkillToProfile(userId: string, skill: string): Promise<boolean> {
    const { before, after } = await this.changeProfile(userId, (current) =>
      current.skills.includes(skill) || current.skills.length >= MAX_SKILLS
        ? null
        : { skills: [...current.skills, skill] },
    );
    return before !== after;
  }

  async removeSkillFromProfile(userId: string, skill: string): Promise<void> {
    await this.changeProfile(userId, (current) =>
      current.skills.includes(skill) ? { skills: current.skills.filter((owned) => owned !== skill) } : null,
    );
  }

  /** Learned skills are read with the principal's version; a change of them moves it. */
  async learnedSkillsChanged(userId: string): Promise<void> {
    await this.options.principals.invalidate(userId);
  }

  /**
   * Every profile write: `decide` sees the current profile and returns the fields to
   * set, or null for no change. The write only lands on the version that was read, so
   * two concurrent edits cannot silently overwrite each other.
   */
  private changeProfile(
    userId: string,
    decide: (current: AccountUser) => Partial<ProfilePatch> | null,
  ): Promise<{ before: AccountUser; after: AccountUser }> {
    // On MongoDB the version filter and the write below are one atomic step; FerretDB 1.24
    // (SQLite) matches and writes separately. A short per-user lease makes concurrent updates
    // take turns on both, so the second of two racing writers sees the new version.
    return withLock(
      `profile:${userId}`,
      async () => {
        const current = await this.profile(userId);
        const changes = decide(current);
        if (changes === null) return { before: current, after: current };
        const updated = await updateUserProfileIfVersion(current, changes);
        if (!updated) throw staleProfileError();
        await this.options.principals.invalidate(userId);
        return { before: current, after: updated };
      },
      PROFILE_LEASE,
    );
  }
}
