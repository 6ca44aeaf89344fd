import { useMutation } from '@apollo/client/react';
import { type MeQuery, UpdateProfileDocument, type UpdateProfileMutation } from '@career-navigator/client';
import { useState } from 'react';
import { hasErrorCode } from '../api/index.js';

type User = MeQuery['me'];
export type ProfileChange = { skills?: string[]; targetRoles?: string[] };

/**
 * Saves a change against the version last read; on CONFLICT (edited elsewhere meanwhile) it says
 * so and the caller's `me` is refreshed, so the next attempt starts from what is stored.
 */
export function useProfileUpdate(user: User | undefined) {
  const [update, { loading, error }] = useMutation(UpdateProfileDocument, { refetchQueries: ['Me'] });
  const [outcome, setOutcome] = useState<UpdateProfileMutation['updateProfile'] | null>(null);
  async function save(change: ProfileChange): Promise<boolean> {
    if (!user) return false;
    try {
      const { data } = await update({ variables: { input: { ...change, expectedVersion: user.version } } });
      setOutcome(data?.updateProfile ?? null);
      return true;
    } catch {
      setOutcome(null);
      return false;
    }
  }
  return { save, saving: loading, error, conflict: hasErrorCode(error, 'CONFLICT'), outcome };
}
