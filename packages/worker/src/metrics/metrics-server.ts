import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  answerMetricsRequest,
  collectProcessMetrics,
  type Logger,
  type MetricsAccessSettings,
} from '@career-navigator/domain';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/** GET /metrics on its own port (WORKER_METRICS_PORT): the worker has no other HTTP surface. */
export function startMetricsServer(
  port: number,
  settings: MetricsAccessSettings,
  logger: Logger,
): Promise<MetricsServer> {
  collectProcessMetrics();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?', 1)[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    answerMetricsRequest(settings, req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'metrics could not be collected');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
