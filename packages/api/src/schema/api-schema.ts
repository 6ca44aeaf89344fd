// The explicit CommonJS entry, which Apollo and type-graphql load too: under Vitest a bare
// 'graphql' resolves to the ESM build, a second copy whose classes graphql refuses to mix.
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql/index.js';
import { buildSchemaSync } from 'type-graphql';
import { AuthResolver, authChecker, PasswordResetResolver } from '../auth/index.js';
import { CollectionResolver } from '../collection/index.js';
import { ExtractionResolver } from '../extraction/index.js';
import { GapResolver } from '../gap/index.js';
import { guardOperations } from '../graphql/index.js';
import { HealthResolver } from '../health/index.js';
import { LearningProgressResolver, LearningResolver } from '../learning/index.js';
import { MarketResolver } from '../market/index.js';
import { ProfileResolver } from '../profile/index.js';
import { ProjectsResolver } from '../projects/index.js';
import { RolesResolver } from '../roles/index.js';
import { SkillsResolver } from '../skills/index.js';

let schema: GraphQLSchema | undefined;

/** The executable schema, built once per process from the resolver classes. */
export function apiSchema(): GraphQLSchema {
  schema ??= guardOperations(
    buildSchemaSync({
      resolvers: [
        HealthResolver,
        AuthResolver,
        PasswordResetResolver,
        ProfileResolver,
        GapResolver,
        MarketResolver,
        LearningResolver,
        LearningProgressResolver,
        ProjectsResolver,
        SkillsResolver,
        RolesResolver,
        CollectionResolver,
        ExtractionResolver,
      ],
      authChecker,
      // class-validator runs on every argument and input class; see validated-fields.ts.
      validate: { forbidUnknownValues: false },
    }),
  );
  return schema;
}

const SCHEMA_FILE_HEADER =
  '# The Career Navigator GraphQL API. Generated from the resolvers by\n' +
  '# `pnpm --filter @career-navigator/api run schema`; do not edit by hand.\n\n';

/** The SDL committed as packages/api/schema.graphql, sorted so diffs show only real changes. */
export function printApiSchema(): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(lexicographicSortSchema(apiSchema()))}\n`;
}
