import mongoose from 'mongoose';
import type { Logger } from '../logging/index.js';

export interface DatabaseConnectionOptions {
  serverSelectionTimeoutMs?: number;
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
  });
  options.logger?.info({ database: mongoose.connection.name }, 'connected to MongoDB');
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

export async function pingDatabase(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db) return false;
    await db.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}
