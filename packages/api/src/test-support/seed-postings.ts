import {
  ingestPostings,
  type MappedPosting,
  normalizeRole,
  systemClock,
  utcDay,
} from '@career-navigator/domain/internal';
import { mappedPosting } from '@career-navigator/testkit';

export interface PostingSeed {
  role: string;
  /** Canonical skill ids; one entry per posting. */
  skillsPerPosting: readonly (readonly string[])[];
  /** Distinguishes the postings of several seeds. */
  firstId: number;
}

/** Stores postings seen today for a role through the real ingestion, rollups included. */
export async function seedPostings({ role, skillsPerPosting, firstId }: PostingSeed): Promise<void> {
  const now = new Date();
  const postings: MappedPosting[] = skillsPerPosting.map((skills, index) =>
    mappedPosting(firstId + index, {
      role: normalizeRole(role),
      title: role,
      skills: [...skills],
      technologySlugs: [...skills],
      datePosted: now,
      postedDay: utcDay(now),
      seenAt: now,
    }),
  );
  await ingestNow(postings);
}

/** Ingests postings as the collection would now. */
export async function ingestNow(postings: readonly MappedPosting[]): Promise<void> {
  await ingestPostings(postings, { clock: systemClock });
}
