import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { type AccountUser, isAdmin } from '@career-navigator/domain';
import { parseCookie } from 'cookie';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { RequestAuth } from '../auth/index.js';
import type { ApiServices } from '../graphql/index.js';
import {
  DASHBOARD_COOKIE,
  DASHBOARD_COOKIE_TTL_MS,
  signDashboardCookie,
  verifyDashboardCookie,
} from './dashboard-cookie.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const SESSION_PATH = '/session';

type DashboardQueue = ConstructorParameters<typeof BullMQAdapter>[0];

function refuse(res: Response, status: 401 | 403, message: string): void {
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' } }] });
}

type DashboardVisitor = { status: 'admin'; userId: string; via: 'token' | 'cookie' } | { status: 401 | 403 };

/**
 * Who is asking: a bearer access token (scripts, and opening a session) or the
 * dashboard cookie a session set (the browser). Admin rights are checked on
 * every request, so removing an address from ADMIN_EMAILS takes effect at once.
 */
async function dashboardVisitor(services: ApiServices, req: Request): Promise<DashboardVisitor> {
  const authorization = req.get('authorization');
  const via = authorization ? 'token' : 'cookie';
  let user: AccountUser | null;
  if (authorization) {
    user = await new RequestAuth(authorization).currentUser({ services }).catch(() => null);
  } else {
    const cookie = parseCookie(req.get('cookie') ?? '')[DASHBOARD_COOKIE];
    const userId = cookie ? verifyDashboardCookie(services.config.jwt.secret, cookie) : undefined;
    user = userId ? await services.accounts.getUserById(userId).catch(() => null) : null;
  }
  if (!user) return { status: 401 };
  return isAdmin(services.config, user)
    ? { status: 'admin', userId: user._id.toString(), via }
    : { status: 403 };
}

/**
 * bull-board over the collection and cleanup queues at /admin/queues, for
 * admins only. A browser first POSTs /admin/queues/session with
 * `Authorization: Bearer <admin access token>`; that sets a signed, HttpOnly,
 * SameSite=Strict cookie valid for 15 minutes, scoped to /admin/queues.
 */
export function queueDashboard(services: ApiServices, queues: readonly DashboardQueue[]): Router {
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board });

  const secure = services.config.isProduction;
  const router = Router();
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      const visitor = await dashboardVisitor(services, req);
      if (visitor.status === 401)
        return refuse(res, 401, 'Sign in as an administrator to open the queue dashboard');
      if (visitor.status === 403) return refuse(res, 403, 'The queue dashboard is for administrators only');
      res.locals.dashboardVisitor = visitor;
      next();
    } catch (error) {
      next(error);
    }
  });
  router.post(SESSION_PATH, (_req: Request, res: Response) => {
    const visitor = res.locals.dashboardVisitor as Extract<DashboardVisitor, { status: 'admin' }>;
    // A session is opened with an access token only, so a cookie cannot prolong itself.
    if (visitor.via !== 'token')
      return refuse(res, 401, 'Open a dashboard session with an admin access token');
    res
      .cookie(DASHBOARD_COOKIE, signDashboardCookie(services.config.jwt.secret, visitor.userId), {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: QUEUE_DASHBOARD_PATH,
        maxAge: DASHBOARD_COOKIE_TTL_MS,
      })
      .status(204)
      .end();
  });
  router.delete(SESSION_PATH, (_req: Request, res: Response) => {
    res.clearCookie(DASHBOARD_COOKIE, { path: QUEUE_DASHBOARD_PATH }).status(204).end();
  });
  router.use(board.getRouter());
  return router;
}
