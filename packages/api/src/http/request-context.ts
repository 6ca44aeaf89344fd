import type { Request, Response } from 'express';
import { RequestAuth } from '../auth/index.js';
import type { ApiContext, ApiServices } from '../graphql/index.js';
import { requestIdOf } from './request-id.js';
import { observationOf } from './request-observation.js';

/** A fresh context per request: its own auth state. */
export function createRequestContext(services: ApiServices, req: Request, res: Response): ApiContext {
  return {
    requestId: requestIdOf(res),
    startedAt: Date.now(),
    rootResults: new Map(),
    clientIp: req.ip,
    userAgent: req.get('user-agent'),
    auth: new RequestAuth(req.get('authorization')),
    services,
    observation: observationOf(res),
  };
}
