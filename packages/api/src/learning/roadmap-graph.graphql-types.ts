import type { LearningState } from '@career-navigator/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SkillReferenceType } from '../graphql/index.js';
import { LearningStateValue } from './learning-state.graphql-enum.js';

@ObjectType('RoadmapNode', { description: 'A skill of the roadmap, with your progress in it.' })
export class RoadmapNodeType extends SkillReferenceType {
  @Field(() => LearningStateValue, {
    description:
      'The state you marked; a skill never marked is DONE when your profile has it, else NOT_STARTED.',
  })
  state!: LearningState;

  @Field(() => Boolean) isMissing!: boolean;
  @Field(() => Float) priorityScore!: number;

  @Field(() => Float, { nullable: true, description: 'Null when the catalog has no resources for it.' })
  estimatedHours!: number | null;

  @Field(() => Int, { description: "How many of the skill's catalog resources you completed." })
  resourcesCompleted!: number;

  @Field(() => Int) resourcesTotal!: number;
}

@ObjectType('RoadmapEdge', { description: 'From a prerequisite to the skill that needs it.' })
export class RoadmapEdgeType {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

@ObjectType('RoadmapGraph')
export class RoadmapGraphType {
  @Field(() => [RoadmapNodeType], {
    description: "skillPaths' skills in the same order, which is a topological order of the edges.",
  })
  nodes!: RoadmapNodeType[];

  @Field(() => [RoadmapEdgeType]) edges!: RoadmapEdgeType[];
}

@ObjectType('RoadmapProgress')
export class RoadmapProgressType {
  @Field(() => Int) done!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => Int, { description: 'Nodes of the graph.' }) total!: number;

  @Field(() => Float, { description: 'done / total, 0–100, one decimal; 0 for an empty roadmap.' })
  percentDone!: number;

  @Field(() => Float, {
    description:
      'Estimated hours of the skills neither DONE nor SKIPPED, less the hours of resources you completed in them.',
  })
  hoursRemaining!: number;
}
