import type { Response } from 'express';

/**
 * What the GraphQL layer learns about a request that its HTTP log line and
 * metrics report: the operation and who asked. Never variables or tokens.
 */
export interface RequestObservation {
  operationName?: string | null;
  operationType?: string;
  /** The signed-in user the request acted for, once authentication resolved one. */
  userId?: string;
}

/** The observation of this response, created on first use and shared by everyone handling it. */
export function observationOf(res: Response): RequestObservation {
  const existing: unknown = res.locals.observation;
  if (typeof existing === 'object' && existing !== null) return existing as RequestObservation;
  const created: RequestObservation = {};
  res.locals.observation = created;
  return created;
}
