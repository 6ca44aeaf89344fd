import { ClientError } from 'graphql-request';

export interface ReceivedGraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions: Record<string, unknown>;
}

/** The errors a request answered with; fails the test when it succeeded or failed without GraphQL errors. */
export async function graphqlErrorsOf(request: Promise<unknown>): Promise<ReceivedGraphQLError[]> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError && error.response.errors?.length) {
      return error.response.errors as unknown as ReceivedGraphQLError[];
    }
    throw error;
  }
  throw new Error('expected the request to fail with GraphQL errors, but it succeeded');
}

/** The single error a request answered with. */
export async function graphqlErrorOf(request: Promise<unknown>): Promise<ReceivedGraphQLError> {
  const errors = await graphqlErrorsOf(request);
  if (errors.length !== 1) throw new Error(`expected one GraphQL error, got ${JSON.stringify(errors)}`);
  return errors[0] as ReceivedGraphQLError;
}
