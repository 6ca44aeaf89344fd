import mongoose from 'mongoose';
import type { Logger } from '../logging/index.js';

/**
 * How long any one database command may wait for its answer. A store that
 * stops answering (FerretDB did, mid-bulkWrite) then fails the call instead of
 * holding it, and the lock and the run it belongs to, for ever. Far above the
 * slowest real command (a cursor batch of a full scan, well under a second).
 */
export const DEFAULT_SOCKET_TIMEOUT_MS = 30_000;

export interface DatabaseConnectionOptions {
  serverSelectionTimeoutMs?: number;
  socketTimeoutMs?: number;
  /** Emit the driver's commandStarted events (benchmarks count round trips with them). */
  monitorCommands?: boolean;
  logger?: Logger;
}

/**
 * Opens mongoose's shared connection. Index creation is explicit
 * (ensureIndexes) so start-up order is visible and errors surface once.
 */
export async function connectDatabase(uri: string, options: DatabaseConnectionOptions = {}): Promise<void> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, {
    autoIndex: false,
    autoCreate: true,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 10_000,
    socketTimeoutMS: options.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
    monitorCommands: options.monitorCommands ?? false,
  });
  options.logger?.info({ database: mongoose.connection.name }, 'connected to MongoDB');
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}
