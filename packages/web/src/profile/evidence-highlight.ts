import type { ExtractSkillsQuery } from '@career-navigator/client';

type ExtractedSkill = ExtractSkillsQuery['extractSkills']['skills'][number];

export interface TextSegment {
  text: string;
  /** The skill this part of the text is evidence of; absent for plain text. */
  skill?: string;
  displayName?: string;
}

/**
 * Cuts `text` into plain parts and evidence spans (UTF-16 offsets, as JavaScript indexes
 * strings), in reading order. Overlapping spans keep the first (leftmost, then longest);
 * spans outside the text are dropped, so a stale answer never garbles the display.
 */
export function highlightSegments(text: string, skills: readonly ExtractedSkill[]): TextSegment[] {
  const spans = skills
    .flatMap((skill) =>
      skill.evidence.map((evidence) => ({
        start: evidence.start,
        end: evidence.end,
        skill: skill.skill,
        displayName: skill.displayName,
      })),
    )
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({
      text: text.slice(span.start, span.end),
      skill: span.skill,
      displayName: span.displayName,
    });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** Skills to tick at first: confident ones the profile lacks. */
export function preselectedSkills(
  skills: readonly ExtractedSkill[],
  profileSkills: readonly string[],
  minConfidence = 0.5,
): Set<string> {
  const owned = new Set(profileSkills);
  return new Set(
    skills
      .filter((skill) => skill.confidence >= minConfidence && !owned.has(skill.skill))
      .map((skill) => skill.skill),
  );
}
