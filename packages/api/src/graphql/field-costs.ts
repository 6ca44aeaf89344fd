import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a field costs beyond its selection, in the units of the complexity
 * limit (one per selected field). A field whose resolver reads rollups over a
 * window, scans text or hashes a password weighs what that work costs
 * compared with reading one stored field, so aliased copies of it exhaust an
 * operation's budget after a few. Keyed `Type.field`; a field added later
 * gets its line here.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  // Window aggregations over the rollups, public.
  'Query.marketTrends': 600,
  'Query.roleProfile': 600,
  // Text scanning against the whole taxonomy, public.
  'Query.extractSkills': 400,
  'Mutation.importSkillsFromText': 400,
  // Per-user analyses over the rollups.
  'Query.skillGapAnalysis': 300,
  'Query.learningRoadmap': 300,
  'Query.projectRecommendations': 100,
  // A bcrypt hash each: one per operation is all a client needs.
  'Mutation.register': 1_000,
  'Mutation.login': 1_000,
  'Mutation.changePassword': 1_000,
  'Mutation.deleteAccount': 1_000,
  'Mutation.requestPasswordReset': 1_000,
  'Mutation.resetPassword': 1_000,
};

/**
 * Adds a listed field's weight to what `inner` estimates for it (its
 * selection, multiplied by its size arguments); other fields get `inner`'s
 * estimate unchanged.
 */
export function weightedEstimator(
  inner: readonly ComplexityEstimator[],
  weights: Readonly<Record<string, number>> = FIELD_COSTS,
): ComplexityEstimator {
  return (args) => {
    const weight = weights[`${args.type.name}.${args.field.name}`];
    if (weight === undefined) return undefined;
    for (const estimate of inner) {
      const estimated = estimate(args);
      if (typeof estimated === 'number' && !Number.isNaN(estimated)) return weight + estimated;
    }
    return weight + 1 + args.childComplexity;
  };
}
