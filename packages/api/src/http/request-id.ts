import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a proxy already gave the request is kept, if it looks like an id and not like an injection. */
const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{8,64}$/;

/** Tags each request with an id that log lines and error responses share. */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.get(REQUEST_ID_HEADER);
  const requestId = incoming && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  next();
}

export function requestIdOf(res: Response): string {
  const requestId: unknown = res.locals.requestId;
  return typeof requestId === 'string' ? requestId : randomUUID();
}
