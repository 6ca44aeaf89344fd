import { ConflictError, ValidationError } from '../errors/index.js';
import { extractSkillsFromText, MAX_EXTRACTION_LIMIT } from '../skills/index.js';
import { MAX_SKILLS } from './account-validation.js';
import type { ProfileEditor } from './profile-editor.js';
import type { AccountUser } from './public-user.js';

export const DEFAULT_IMPORT_MIN_CONFIDENCE = 0.5;
/** Concurrent profile edits are rare; a few re-reads absorb them before CONFLICT is the answer. */
const MAX_MERGE_ATTEMPTS = 4;

export interface SkillImport {
  /** Skills new to the profile, most confident first. */
  added: string[];
  /** Skills found that the profile already listed. */
  alreadyHad: string[];
  user: AccountUser;
}

/**
 * Fills a profile from a resume: the skills found in the text with at least the given
 * confidence are merged into the user's skills. The merge is an ordinary profile update
 * against the version just read, so it is validated and deduplicated as any update is, and
 * a concurrent update makes it re-read and merge again rather than overwrite: no skill
 * written by either request is lost.
 */
export class ProfileSkillImport {
  constructor(private readonly profiles: ProfileEditor) {}

  async importFromText(
    userId: string,
    text: string,
    minConfidence = DEFAULT_IMPORT_MIN_CONFIDENCE,
  ): Promise<SkillImport> {
    const found = extractSkillsFromText(text, { limit: MAX_EXTRACTION_LIMIT, minConfidence }).skills.map(
      (finding) => finding.skill,
    );
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.profiles.profile(userId);
      const had = new Set(current.skills);
      const added = found.filter((skill) => !had.has(skill));
      const alreadyHad = found.filter((skill) => had.has(skill));
      if (added.length === 0) return { added, alreadyHad, user: current };
      if (current.skills.length + added.length > MAX_SKILLS) {
        throw ValidationError.forField(
          'text',
          `names ${added.length} new skills; the profile has ${current.skills.length} of at most ${MAX_SKILLS}`,
        );
      }
      try {
        const { user } = await this.profiles.updateProfile(userId, current.version, {
          skills: [...current.skills, ...added],
        });
        return { added, alreadyHad, user };
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt === MAX_MERGE_ATTEMPTS) throw error;
      }
    }
  }
}
