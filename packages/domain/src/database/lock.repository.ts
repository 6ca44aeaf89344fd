import type { Collection } from 'mongodb';
import mongoose from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key.js';

interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: Date;
}

/**
 * Leases instead of transactions: FerretDB 1.x has none, and a lease with an
 * expiry also frees the lock of a holder that crashed. No TTL index either
 * (FerretDB lacks them): an expired lease is simply taken over.
 */
function leases(): Collection<LeaseDocument> {
  return mongoose.connection.collection<LeaseDocument>('locks');
}

/** Takes or renews the lease; false while another owner holds an unexpired one. */
export async function tryAcquireLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
  const now = new Date();
  try {
    await leases().findOneAndUpdate(
      { _id: name, $or: [{ expiresAt: { $lt: now } }, { owner }] },
      { $set: { owner, expiresAt: new Date(now.getTime() + ttlMs) } },
      { upsert: true },
    );
    return true;
  } catch (error) {
    // The upsert collides with the live holder's document: someone else has it.
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Extends the lease while `owner` still holds it, expired or not: false once
 * another owner has taken it over (and may have done what the lock guards).
 */
export async function renewLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
  const result = await leases().updateOne(
    { _id: name, owner },
    { $set: { expiresAt: new Date(Date.now() + ttlMs) } },
  );
  return result.matchedCount === 1;
}

/** Releases the lease if `owner` still holds it. */
export async function releaseLease(name: string, owner: string): Promise<void> {
  await leases().deleteOne({ _id: name, owner });
}
