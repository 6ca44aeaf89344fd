import { z } from 'zod';
import { type FieldProblem, ValidationError } from '../errors/index.js';
import { normalizeRole } from '../roles/index.js';
import { normalizeSkills } from '../skills/index.js';
import { EXPERIENCE_LEVELS } from '../users/index.js';

export const PASSWORD_MIN_LENGTH = 8;
/** Bounds the work an attacker can make one hashing call do. */
export const PASSWORD_MAX_LENGTH = 128;
/** The longest address SMTP can deliver to (RFC 5321 path limit less the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;
export const FULL_NAME_MIN_LENGTH = 2;
export const FULL_NAME_MAX_LENGTH = 100;
export const LOCATION_MAX_LENGTH = 100;
export const MAX_SKILLS = 200;
export const SKILL_MAX_LENGTH = 60;
/** Each new target role can start a paid collection run, so the list is kept short. */
export const MAX_TARGET_ROLES = 10;
export const TARGET_ROLE_MIN_LENGTH = 2;
export const TARGET_ROLE_MAX_LENGTH = 100;

const MUST_BE_TEXT = { error: 'must be a string' };
const MUST_BE_LIST = { error: 'must be a list of strings' };

interface PasswordRequirement {
  description: string;
  isMet: (password: string) => boolean;
}

const PASSWORD_REQUIREMENTS: readonly PasswordRequirement[] = [
  {
    description: `at least ${PASSWORD_MIN_LENGTH} characters`,
    isMet: (password) => [...password].length >= PASSWORD_MIN_LENGTH,
  },
  { description: 'an uppercase letter', isMet: (password) => /\p{Lu}/u.test(password) },
  { description: 'a lowercase letter', isMet: (password) => /\p{Ll}/u.test(password) },
  { description: 'a digit', isMet: (password) => /\p{Nd}/u.test(password) },
];

function joinAsPhrase(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** One message naming everything the password lacks, so the user fixes it in one go. */
function describePasswordWeakness(password: string): string | undefined {
  if ([...password].length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const missing = PASSWORD_REQUIREMENTS.filter((requirement) => !requirement.isMet(password));
  if (missing.length === 0) return undefined;
  return `must contain ${joinAsPhrase(missing.map((requirement) => requirement.description))}`;
}

const passwordSchema = z.string(MUST_BE_TEXT).superRefine((password, context) => {
  const weakness = describePasswordWeakness(password);
  if (weakness) context.addIssue({ code: 'custom', message: weakness });
});

const emailSchema = z
  .string(MUST_BE_TEXT)
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ error: 'is not a valid email address' })
      .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`),
  );

const fullNameSchema = z
  .string(MUST_BE_TEXT)
  .trim()
  .min(FULL_NAME_MIN_LENGTH, `must be at least ${FULL_NAME_MIN_LENGTH} characters`)
  .max(FULL_NAME_MAX_LENGTH, `must be at most ${FULL_NAME_MAX_LENGTH} characters`);

/** '' is accepted as "not set", as the original (and its web client) sent it. */
const experienceLevelSchema = z
  .union([z.enum(EXPERIENCE_LEVELS), z.literal(''), z.null()], {
    error: `must be one of ${EXPERIENCE_LEVELS.join(', ')}`,
  })
  .transform((level) => (level === '' ? null : level));

const locationSchema = z
  .string(MUST_BE_TEXT)
  .trim()
  .max(LOCATION_MAX_LENGTH, `must be at most ${LOCATION_MAX_LENGTH} characters`)
  .nullable()
  .transform((location) => location || null);

const skillsSchema = z
  .array(z.string(MUST_BE_TEXT), MUST_BE_LIST)
  .max(MAX_SKILLS, `must have at most ${MAX_SKILLS} entries`)
  .superRefine((skills, context) => {
    const tooLong = skills.findIndex((skill) => skill.trim().length > SKILL_MAX_LENGTH);
    if (tooLong >= 0) {
      context.addIssue({
        code: 'custom',
        message: `entry ${tooLong + 1} is longer than ${SKILL_MAX_LENGTH} characters`,
      });
    }
  })
  .transform((skills) => normalizeSkills(skills));

/** Two target roles are one when they normalise alike ("Sr. Frontend Developer", "Frontend Developer"). */
function targetRoleKey(role: string): string {
  return normalizeRole(role) || role.trim().toLowerCase();
}

export interface DuplicateTargetRole {
  /** The spelling that was dropped. */
  role: string;
  /** The earlier spelling kept in its place. */
  sameAs: string;
}

function splitDuplicateRoles(roles: readonly string[]): {
  kept: string[];
  duplicates: DuplicateTargetRole[];
} {
  const keptByKey = new Map<string, string>();
  const duplicates: DuplicateTargetRole[] = [];
  for (const role of roles.map((entry) => entry.trim())) {
    const key = targetRoleKey(role);
    const earlier = keptByKey.get(key);
    if (earlier === undefined) keptByKey.set(key, role);
    else duplicates.push({ role, sameAs: earlier });
  }
  return { kept: [...keptByKey.values()], duplicates };
}

/** Keeps the first spelling of each role, by normalised key. */
function firstOfEachRole(roles: readonly string[]): string[] {
  return splitDuplicateRoles(roles).kept;
}

/** The target roles a registration or profile update drops as the same role as an earlier one. */
export function duplicateTargetRoles(roles: readonly string[] | null | undefined): DuplicateTargetRole[] {
  if (!Array.isArray(roles)) return [];
  return splitDuplicateRoles(roles.filter((role): role is string => typeof role === 'string')).duplicates;
}

const targetRoleLengthMessage = `each role must be ${TARGET_ROLE_MIN_LENGTH} to ${TARGET_ROLE_MAX_LENGTH} characters`;

const targetRolesSchema = z
  .array(
    z
      .string(MUST_BE_TEXT)
      .trim()
      .min(TARGET_ROLE_MIN_LENGTH, targetRoleLengthMessage)
      .max(TARGET_ROLE_MAX_LENGTH, targetRoleLengthMessage),
    MUST_BE_LIST,
  )
  .transform(firstOfEachRole)
  .pipe(z.array(z.string()).max(MAX_TARGET_ROLES, `must have at most ${MAX_TARGET_ROLES} distinct roles`));

/** A list sent as null means "no entries". */
function emptyWhenNull<T>(list: z.ZodType<T[], unknown>) {
  return list.nullable().transform((entries) => entries ?? []);
}

const registrationSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  fullName: fullNameSchema,
  skills: emptyWhenNull(skillsSchema)
    .optional()
    .transform((skills) => skills ?? []),
  targetRoles: emptyWhenNull(targetRolesSchema)
    .optional()
    .transform((roles) => roles ?? []),
  experienceLevel: experienceLevelSchema.optional().transform((level) => level ?? null),
  location: locationSchema.optional().transform((location) => location ?? null),
});

/** Omitted fields stay undefined (untouched); unknown keys (email, password, version...) are dropped. */
const profilePatchSchema = z.object({
  fullName: fullNameSchema.optional(),
  skills: emptyWhenNull(skillsSchema).optional(),
  targetRoles: emptyWhenNull(targetRolesSchema).optional(),
  experienceLevel: experienceLevelSchema.optional(),
  location: locationSchema.optional(),
});

export interface RegistrationInput {
  email: string;
  password: string;
  fullName: string;
  skills?: readonly string[] | null;
  targetRoles?: readonly string[] | null;
  experienceLevel?: string | null;
  location?: string | null;
}

/** Omit a field to leave it as it is; null clears experienceLevel, location and the lists. */
export interface ProfilePatchInput {
  fullName?: string;
  skills?: readonly string[] | null;
  targetRoles?: readonly string[] | null;
  experienceLevel?: string | null;
  location?: string | null;
}

export type Registration = z.output<typeof registrationSchema>;
export type ProfilePatch = z.output<typeof profilePatchSchema>;

/** The first problem of each offending field, named as the API names it. */
function toValidationError(error: z.ZodError): ValidationError {
  const problemByField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'input');
    if (!problemByField.has(field)) problemByField.set(field, issue.message);
  }
  const problems: FieldProblem[] = [...problemByField].map(([field, message]) => ({ field, message }));
  return new ValidationError(problems);
}

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw toValidationError(parsed.error);
  return parsed.data;
}

export function parseRegistration(input: RegistrationInput): Registration {
  return parseOrThrow(registrationSchema, input);
}

export function parseProfilePatch(patch: ProfilePatchInput): ProfilePatch {
  return parseOrThrow(profilePatchSchema, patch);
}

/** Applies the password policy; `field` names the input in the error (e.g. newPassword). */
export function parseNewPassword(password: string, field = 'password'): string {
  const weakness = describePasswordWeakness(password);
  if (weakness) throw ValidationError.forField(field, weakness);
  return password;
}
