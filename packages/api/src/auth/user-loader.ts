import { type AccountUser, UserModel } from '@career-navigator/domain';
import DataLoader from 'dataloader';

const OBJECT_ID = /^[0-9a-f]{24}$/i;

function findUser(id: string): Promise<AccountUser | null> {
  if (!OBJECT_ID.test(id)) return Promise.resolve(null);
  return UserModel.findById(id, { hashedPassword: 0 }).lean<AccountUser>().exec();
}

/**
 * Users by id for one request: every field that needs a user asks this
 * loader, so a request reads each user at most once. The batch is read as
 * primary-key lookups rather than one `$in` query, which FerretDB answers
 * with a collection scan.
 */
export function createUserLoader(): DataLoader<string, AccountUser | null> {
  return new DataLoader((ids: readonly string[]) => Promise.all(ids.map(findUser)));
}
