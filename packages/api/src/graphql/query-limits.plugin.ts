import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type LeasedBudget, type Logger, RateLimitedError } from '@career-navigator/domain';
// The explicit CommonJS entry, which Apollo and type-graphql load too: under Vitest a bare
// 'graphql' resolves to the ESM build, a second copy whose classes graphql refuses to mix.
import { type DocumentNode, GraphQLError, type GraphQLSchema, parse } from 'graphql/index.js';
import type { ApiContext } from './api-context.js';
import { documentShape } from './document-shape.js';
import { ApiErrorCode } from './error-codes.js';
import { maskInputValues } from './error-messages.js';
import { operationCosts } from './operation-cost.js';

/** Every bound on the shape and cost of one operation; all are checked before it runs. */
export interface QueryLimits {
  /** Characters in the document, checked before anything reads it. */
  maxLength: number;
  /** Lexical tokens in the document: bounds parsing, and everything after it. */
  maxTokens: number;
  /** Field selections once fragments are expanded, over the whole document: bounds validation. */
  maxSelections: number;
  /** Aliased fields in an operation, fragments expanded. */
  maxAliases: number;
  /** Directives in an operation, fragments expanded. */
  maxDirectives: number;
  /** Deepest field nesting an operation may reach, fragments followed. */
  maxDepth: number;
  /** Highest estimated cost: one per field, list fields multiplied by their size arguments, plus FIELD_COSTS. */
  maxComplexity: number;
}

/**
 * Room for every operation the product's clients send (the largest has about
 * 230 tokens and 1 kB; the costliest, a market report selecting every field with 50
 * skills, costs about 2,800) and for the Sandbox's introspection, while
 * refusing documents built to make one request do the work of many.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxLength: 20_000,
  maxTokens: 2_000,
  maxSelections: 1_500,
  maxAliases: 15,
  maxDirectives: 20,
  maxDepth: 10,
  maxComplexity: 3_000,
};

function refusal(message: string, code: string, facts: Record<string, number> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...facts, http: { status: 400 } } });
}

const tooComplex = (message: string, facts: Record<string, number>) =>
  refusal(message, ApiErrorCode.QUERY_TOO_COMPLEX, facts);

/**
 * graphql-js aborts parsing past maxTokens with this message (16.x spells it
 * "more that"); other syntax errors are Apollo's to report.
 */
const TOKEN_LIMIT_MESSAGE = /contains more tha[nt] \d+ tokens/;

function parseWithin(source: string, maxTokens: number): DocumentNode | undefined {
  try {
    return parse(source, { maxTokens, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
      throw tooComplex(`The document has more than ${maxTokens} tokens`, { maxTokens });
    }
    return undefined;
  }
}

/**
 * The checks that must come before Apollo parses and validates: validation
 * of overlapping fields is exponential in nested fragments, so a document is
 * measured (in time linear in its text) and refused before it gets there.
 * Throws the refusal as a GraphQLError carrying its code.
 */
export function assertDocumentWithinLimits(source: string, limits: QueryLimits): void {
  if (source.length > limits.maxLength) {
    throw tooComplex(`The document has more than ${limits.maxLength} characters`, {
      length: source.length,
      maxLength: limits.maxLength,
    });
  }
  const document = parseWithin(source, limits.maxTokens);
  if (!document) return;
  const shape = documentShape(document);
  if (shape.selections > limits.maxSelections) {
    throw tooComplex(
      `The document selects ${shape.selections} fields once its fragments are expanded; at most ${limits.maxSelections} are allowed`,
      { selections: shape.selections, maxSelections: limits.maxSelections },
    );
  }
  if (shape.aliases > limits.maxAliases) {
    throw tooComplex(`The operation has ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed`, {
      aliases: shape.aliases,
      maxAliases: limits.maxAliases,
    });
  }
  if (shape.directives > limits.maxDirectives) {
    throw tooComplex(
      `The operation has ${shape.directives} directives; at most ${limits.maxDirectives} are allowed`,
      { directives: shape.directives, maxDirectives: limits.maxDirectives },
    );
  }
  if (shape.depth > limits.maxDepth) {
    throw refusal(
      `The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`,
      ApiErrorCode.QUERY_TOO_DEEP,
      { depth: shape.depth, maxDepth: limits.maxDepth },
    );
  }
}

export interface CostBudget {
  /** Counts estimated cost per client IP (its limit is the budget per window). */
  throttle: LeasedBudget;
  logger: Logger;
}

/**
 * Charges an operation's cost to its client IP. Past the budget the answer
 * is RATE_LIMITED (HTTP 429); when Redis cannot tell, the operation goes on:
 * each one is bounded on its own already, and a Redis outage should not take
 * every public page down with it.
 */
async function spendBudget(budget: CostBudget, ip: string | undefined, cost: number) {
  if (!ip) return;
  try {
    await budget.throttle.consume(`ip:${ip}`, Math.max(1, Math.ceil(cost)));
  } catch (error) {
    if (error instanceof RateLimitedError) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: ApiErrorCode.RATE_LIMITED,
          retryAfterSeconds: error.retryAfterSeconds,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
        },
      });
    }
    budget.logger.warn({ err: error }, 'operation cost budget unavailable; operation let through');
  }
}

/**
 * The estimate reads the variables before execution does, so a variable of
 * the wrong type surfaces here first; it gets the code execution would give
 * it, with the value left out of the message.
 */
function estimateComplexity(estimate: () => number): number {
  try {
    return estimate();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(maskInputValues(error.message), {
      extensions: { code: ApiErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
}

/**
 * Refuses an operation before it runs (HTTP 400) when it is too costly, when
 * it names no operation of the document, or when it is a subscription, which
 * this API does not serve. The document's size and depth are checked before
 * Apollo sees it (http/document-limits.ts).
 */
export function queryLimitsPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits,
  budget: CostBudget,
): ApolloServerPlugin<ApiContext> {
  const costOf = operationCosts(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request }) {
          if (!operation) {
            throw refusal(
              request.operationName
                ? 'The document has no operation of the requested name'
                : 'The document has several operations: name the one to run with operationName',
              ApiErrorCode.BAD_REQUEST,
            );
          }
          if (operation.operation === 'subscription') {
            throw refusal('Subscriptions are not supported', ApiErrorCode.BAD_REQUEST);
          }
          const complexity = estimateComplexity(() => costOf(document, operation, request.variables ?? {}));
          if (complexity > limits.maxComplexity) {
            throw tooComplex(`The query costs ${complexity}; at most ${limits.maxComplexity} is allowed`, {
              complexity,
              maxComplexity: limits.maxComplexity,
            });
          }
          await spendBudget(budget, contextValue.clientIp, complexity);
        },
      };
    },
  };
}
