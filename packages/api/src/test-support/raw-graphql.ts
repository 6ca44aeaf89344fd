import { captureReceivedErrors } from '@career-navigator/testkit';

export interface RawGraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

export interface RawGraphQLResponse {
  status: number;
  body: RawGraphQLBody;
  /** From sending the request to reading the whole answer. */
  ms: number;
}

/** POSTs any JSON body (or one already serialised) to the API's /graphql, for requests no typed client would send. */
export async function post(
  origin: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawGraphQLResponse> {
  const serialised = typeof body === 'string' ? body : JSON.stringify(body);
  const started = performance.now();
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: serialised,
  });
  const parsed = (await response.json()) as RawGraphQLBody;
  captureReceivedErrors(parsed.errors);
  return { status: response.status, body: parsed, ms: performance.now() - started };
}
