import {
  DEFAULT_EXTRACTION_LIMIT,
  DEFAULT_IMPORT_MIN_CONFIDENCE,
  MAX_EVIDENCE,
  MAX_EXTRACTION_LIMIT,
  MAX_EXTRACTION_TEXT_LENGTH,
} from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { UserType } from '../auth/index.js';
import { BoundedFloat, BoundedInt, BoundedText, SkillReferenceType } from '../graphql/index.js';

const TEXT_DESCRIPTION =
  `A resume, a job posting or any text about skills: plain text, markdown or HTML, ` +
  `at most ${MAX_EXTRACTION_TEXT_LENGTH.toLocaleString('en-US')} characters.`;

@ArgsType()
export class ExtractSkillsArgs {
  @BoundedText({ minLength: 1, maxLength: MAX_EXTRACTION_TEXT_LENGTH, description: TEXT_DESCRIPTION })
  text!: string;

  @BoundedInt({
    min: 1,
    max: MAX_EXTRACTION_LIMIT,
    defaultValue: DEFAULT_EXTRACTION_LIMIT,
    description: 'The most skills returned, the most confident first.',
  })
  limit!: number;
}

@ArgsType()
export class ImportSkillsFromTextArgs {
  @BoundedText({ minLength: 1, maxLength: MAX_EXTRACTION_TEXT_LENGTH, description: TEXT_DESCRIPTION })
  text!: string;

  @BoundedFloat({
    min: 0,
    max: 1,
    defaultValue: DEFAULT_IMPORT_MIN_CONFIDENCE,
    description: 'Skills found with a lower confidence are not added.',
  })
  minConfidence!: number;
}

@ObjectType('SkillEvidence', { description: 'Where a skill is mentioned in the text as sent.' })
export class SkillEvidenceType {
  @Field(() => Int, {
    description: 'Offset of the first character, in UTF-16 code units (JavaScript string indices).',
  })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' }) end!: number;
  @Field(() => String, { description: 'The text between start and end, markup included.' }) text!: string;
}

@ObjectType('ExtractedSkill')
export class ExtractedSkillType extends SkillReferenceType {
  @Field(() => Int, { description: 'How often the text mentions the skill.' }) count!: number;

  @Field(() => Float, {
    description:
      'How likely the skill is really meant, 0 to 1: 0.95 for a name no everyday word shares ("Kubernetes"); ' +
      '0.9 for an everyday word with a cue only the technology takes ("Go developer", "MS Excel"); 0.8 for ' +
      'one listed among other skills or on a "Skills:" line; 0.6 (0.5 for a single letter such as "C") for ' +
      'one vouched for only by skills nearby, or naming colleagues ("pair with Android engineers"). Soft ' +
      'skills reach at most 0.6 and methodologies 0.8; further mentions raise the value. BENCHMARKS.md ' +
      'records the precision of each band.',
  })
  confidence!: number;

  @Field(() => [SkillEvidenceType], { description: `The first mentions, at most ${MAX_EVIDENCE}.` })
  evidence!: SkillEvidenceType[];
}

@ObjectType('SkillExtraction')
export class SkillExtractionType {
  @Field(() => [ExtractedSkillType], { description: 'The most confident first, then the most frequent.' })
  skills!: ExtractedSkillType[];

  @Field(() => Int, { description: 'Characters in the text as sent, in the units evidence offsets use.' })
  textLength!: number;
}

@ObjectType('SkillImport')
export class SkillImportType {
  @Field(() => [String], { description: 'Skills added to the profile, most confident first.' })
  added!: string[];

  @Field(() => [String], { description: 'Skills found that the profile already had.' }) alreadyHad!: string[];
  @Field(() => UserType, { description: 'The profile after the import.' }) user!: UserType;
}
