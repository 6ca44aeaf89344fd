import { z } from 'zod';

/** The original system used the first four; Tutorial and Practice are ours. */
export const RESOURCE_TYPES = ['Documentation', 'Tutorial', 'Video', 'Course', 'Book', 'Practice'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/**
 * Hours assumed for a resource whose file entry gives no `estimatedHours` (the original
 * system's file never does). They are typical efforts for working through a resource of
 * that kind: reading the relevant documentation or a video series is an afternoon, a
 * tutorial a little more, a practice set or course takes days, a book the longest.
 */
export const DEFAULT_HOURS_BY_TYPE: Readonly<Record<ResourceType, number>> = Object.freeze({
  Documentation: 3,
  Video: 3,
  Tutorial: 4,
  Practice: 10,
  Course: 20,
  Book: 25,
});

const MAX_RESOURCE_HOURS = 1000;

export const learningResourceEntrySchema = z
  .object({
    type: z.enum(RESOURCE_TYPES),
    title: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/ }),
    description: z.string().trim(),
    estimatedHours: z.number().positive().max(MAX_RESOURCE_HOURS).optional(),
  })
  .transform((entry) => ({
    ...entry,
    estimatedHours: entry.estimatedHours ?? DEFAULT_HOURS_BY_TYPE[entry.type],
  }));
