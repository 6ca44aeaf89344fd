// Runs in the bcrypt worker threads (see bcrypt-pool.ts). Plain JavaScript so the
// same file loads from src in tests and from dist in production.
import bcrypt from 'bcryptjs';

/** @param {{ op: 'hash', plain: string, cost: number } | { op: 'compare', plain: string, hash: string }} task */
export default function run(task) {
  return task.op === 'hash' ? bcrypt.hash(task.plain, task.cost) : bcrypt.compare(task.plain, task.hash);
}
