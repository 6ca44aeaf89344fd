import { extractSkillsFromText } from '@career-navigator/domain';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentUserId, toUserType } from '../auth/index.js';
import { type ApiContext, perItemOf } from '../graphql/index.js';
import {
  ExtractSkillsArgs,
  ImportSkillsFromTextArgs,
  SkillExtractionType,
  SkillImportType,
} from './extraction.graphql-types.js';

/** Requests without a client address (a unix socket) share one budget. */
const UNKNOWN_CLIENT = 'unknown-client';

@Resolver()
export class ExtractionResolver {
  @Query(() => SkillExtractionType, {
    description:
      'The skills a text mentions, with a confidence and where they are, for highlighting. ' +
      'Open to everyone, limited per client IP (RATE_LIMITED with retryAfterSeconds).',
    complexity: perItemOf('limit'),
  })
  async extractSkills(
    @Args(() => ExtractSkillsArgs) { text, limit }: ExtractSkillsArgs,
    @Ctx() { services, clientIp }: ApiContext,
  ): Promise<SkillExtractionType> {
    await services.extractionLimit.consume(clientIp ?? UNKNOWN_CLIENT);
    return extractSkillsFromText(text, { limit });
  }

  @Authorized()
  @Mutation(() => SkillImportType, {
    description:
      "Adds the skills a text (a resume, say) mentions to the signed-in user's profile, merged with " +
      'what is there. Shares the extraction rate limit.',
  })
  async importSkillsFromText(
    @Args(() => ImportSkillsFromTextArgs) { text, minConfidence }: ImportSkillsFromTextArgs,
    @CurrentUserId() userId: string,
    @Ctx() { services, clientIp }: ApiContext,
  ): Promise<SkillImportType> {
    await services.extractionLimit.consume(clientIp ?? UNKNOWN_CLIENT);
    const imported = await services.skillImport.importFromText(userId, text, minConfidence);
    return { ...imported, user: toUserType(imported.user, services.config) };
  }
}
