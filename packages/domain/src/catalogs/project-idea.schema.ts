import { z } from 'zod';

export const DIFFICULTIES = ['Beginner', 'Intermediate', 'Advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

const nonBlankText = z.string().trim().min(1);

/** One project as written in the file: the original system's snake_case shape. */
export const projectIdeaEntrySchema = z.object({
  id: z.number().int().positive(),
  title: nonBlankText,
  description: z.string().trim(),
  difficulty: z.enum(DIFFICULTIES),
  estimated_time: nonBlankText,
  skills: z.array(nonBlankText),
  features: z.array(nonBlankText).default([]),
  // The original model allowed null roles.
  roles: z
    .array(nonBlankText)
    .nullish()
    .transform((roles) => roles ?? []),
});
