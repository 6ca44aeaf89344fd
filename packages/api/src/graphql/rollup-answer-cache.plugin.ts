import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { recordCacheLookup } from '@career-navigator/domain';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { ApiContext } from './api-context.js';

/**
 * Query fields whose answer is a function of their arguments, the rollups and at most the
 * caller's profile, and what they depend on of the caller: `public` fields answer everyone
 * alike; `viewer` fields read the signed-in user (with the skills they marked DONE), which the
 * principal cache replaces with a new object whenever the user's version moves. A field reading
 * anything else (learning states, catalogs pages, collection runs) does not belong here.
 */
export const ROLLUP_ANSWER_FIELDS: ReadonlyMap<string, 'public' | 'viewer'> = new Map([
  ['marketTrends', 'public'],
  ['roles', 'public'],
  ['skills', 'public'],
  ['roleProfile', 'viewer'],
  ['skill', 'viewer'],
  ['skillGapAnalysis', 'viewer'],
]);

const MAX_ANSWERS = 2_000;
/**
 * Characters of serialised answers kept. graphql-js builds results of null-prototype objects,
 * measured at about 3.7 heap bytes per serialised character: some 20 MB at most.
 */
const MAX_ANSWER_CHARACTERS = 5_000_000;
/** As long as the window totals keep a sum (WindowTotals): no answer outlives the totals it came from. */
const MAX_AGE_MS = 5 * 60_000;

export interface RollupAnswerCacheOptions {
  /** What the rollup answers of this moment derive from; a new version retires every answer. */
  version: () => Promise<string>;
  maxAnswers?: number;
}

type Dependence = 'none' | 'public' | 'viewer';

/** What an operation's answer depends on, decided once per parsed operation; 'none': not cached. */
function dependenceOf(): (operation: OperationDefinitionNode) => Dependence {
  const decided = new WeakMap<OperationDefinitionNode, Dependence>();
  return (operation) => {
    let dependence = decided.get(operation);
    if (dependence === undefined) {
      dependence = operation.operation === 'query' ? 'public' : 'none';
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) dependence = 'none';
        else if (selection.name.value !== '__typename') {
          const field = ROLLUP_ANSWER_FIELDS.get(selection.name.value);
          if (!field) dependence = 'none';
          else if (field === 'viewer' && dependence === 'public') dependence = 'viewer';
        }
      }
      decided.set(operation, dependence);
    }
    return dependence;
  };
}

/** A number per principal object: a new object (another user, or the same one changed) gets a new one. */
function viewerSerials(): (viewer: object | null) => string {
  const serials = new WeakMap<object, string>();
  let next = 0;
  return (viewer) => {
    if (!viewer) return 'anonymous';
    let serial = serials.get(viewer);
    if (serial === undefined) {
      next += 1;
      serial = String(next);
      serials.set(viewer, serial);
    }
    return serial;
  };
}

/**
 * The values of the variables the operation declares, in declaration order: a request may carry
 * others, which graphql-js ignores, so they must neither split nor bloat the key.
 */
function declaredVariables(
  operation: OperationDefinitionNode | null | undefined,
  sent: Record<string, unknown> = {},
): string {
  return JSON.stringify(
    (operation?.variableDefinitions ?? []).map(({ variable }) => sent[variable.name.value] ?? null),
  );
}

/** A fixed-size key whatever the document and variables weigh. */
function answerKey(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}

/**
 * Answers repeated analytics queries without executing them again. An answer is kept under its
 * document, operation, variables, the caller where it matters, and the analytics version it was
 * computed under, so it is exactly as fresh as the window totals it came from: the next
 * ingestion (seen within the totals' staleness bound) or the next UTC day retires it, and no
 * kept answer contradicts one computed afresh in the same moment. A caller's profile or DONE
 * skills changing on any API process gives them a new principal (read-your-writes), hence new
 * keys. Only whole answers without errors are kept; a caller whose token fails is never looked
 * up, so execution refuses them as before. A kept answer's generatedAt says when it was computed.
 * Runs after the operation's cost has been charged
 * (didResolveOperation): a kept answer costs a client the same budget as a computed one.
 */
export function rollupAnswerCachePlugin(options: RollupAnswerCacheOptions): ApolloServerPlugin<ApiContext> {
  const answers = new LRUCache<string, { data: Record<string, unknown>; characters: number }>({
    max: options.maxAnswers ?? MAX_ANSWERS,
    maxSize: MAX_ANSWER_CHARACTERS,
    sizeCalculation: (answer) => Math.max(1, answer.characters),
    ttl: MAX_AGE_MS,
  });
  const dependence = dependenceOf();
  const serialOf = viewerSerials();
  return {
    async requestDidStart() {
      let missed: { key: string; version: string } | undefined;
      return {
        async responseForOperation({ operation, queryHash, request, contextValue }) {
          const depends = operation ? dependence(operation) : 'none';
          if (depends === 'none') return null;
          let version: string;
          let viewer = 'everyone';
          try {
            version = await options.version();
            if (depends === 'viewer') {
              const user = await contextValue.auth.optionalUser(contextValue);
              // Read without its version (Redis failing), the object is new on every request:
              // an answer kept under it would never be asked for again.
              if (user && !contextValue.services.accounts.isVersionedPrincipal(user)) return null;
              viewer = serialOf(user);
            }
          } catch {
            // No version, or a token that fails: nothing can be trusted; execution answers.
            return null;
          }
          const key = answerKey([
            queryHash ?? '',
            request.operationName ?? '',
            declaredVariables(operation, request.variables),
            viewer,
            version,
          ]);
          const answer = answers.get(key);
          recordCacheLookup('rollup_answers', answer ? 'hit' : 'miss');
          if (!answer) {
            missed = { key, version };
            return null;
          }
          return {
            http: { headers: new HeaderMap(), status: undefined },
            body: { kind: 'single', singleResult: { data: answer.data } },
          };
        },
        async willSendResponse({ response }) {
          if (missed === undefined || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          // An ingestion seen while the answer was computed may be in it: keep it under neither version.
          if ((await options.version().catch(() => null)) !== missed.version) return;
          answers.set(missed.key, { data, characters: JSON.stringify(data).length });
        },
      };
    },
  };
}
