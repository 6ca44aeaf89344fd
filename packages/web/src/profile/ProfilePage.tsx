import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@career-navigator/client';
import { Link } from 'react-router';
import { RolePicker, SkillPicker } from '../lookup/index.js';
import { ErrorNotice, Loading } from '../ui/index.js';
import { ResumeImport } from './ResumeImport.js';
import { useProfileUpdate } from './use-profile-update.js';

function ChipList({
  label,
  items,
  onRemove,
}: {
  label: string;
  items: readonly string[];
  onRemove: (item: string) => void;
}) {
  if (items.length === 0) return <p className="muted">None yet.</p>;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="chip">
          {item}
          <button type="button" aria-label={`Remove ${item}`} onClick={() => onRemove(item)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ProfilePage() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  const user = data?.me;
  const { save, saving, error: saveError, conflict, outcome } = useProfileUpdate(user);

  if (loading && !user) return <Loading label="Loading your profile…" />;
  if (error || !user) return <ErrorNotice error={error} onRetry={() => void refetch()} />;

  const addSkills = async (skills: string[]) => {
    await save({ skills: [...user.skills, ...skills] });
  };
  const scheduled = outcome?.scheduledCollections;
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{user.fullName}</h1>
      <p className="muted">{user.email}</p>
      <div className="columns">
        <section className="panel" aria-labelledby="skills-title">
          <h2 id="skills-title">Your skills ({user.skills.length})</h2>
          <ChipList
            label="Your skills"
            items={user.skills}
            onRemove={(skill) => void save({ skills: user.skills.filter((item) => item !== skill) })}
          />
          <SkillPicker label="Add a skill" onSelect={(skill) => void addSkills([skill])} />
        </section>
        <section className="panel" aria-labelledby="roles-title">
          <h2 id="roles-title">Target roles</h2>
          <ChipList
            label="Target roles"
            items={user.targetRoles}
            onRemove={(role) => void save({ targetRoles: user.targetRoles.filter((item) => item !== role) })}
          />
          <RolePicker
            label="Add a target role"
            onSelect={(role) => void save({ targetRoles: [...user.targetRoles, role] })}
          />
          {user.targetRoles.length > 0 && (
            <p>
              <Link to="/gap">See your skill gap</Link> · <Link to="/roadmap">Open your roadmap</Link>
            </p>
          )}
        </section>
      </div>
      <div aria-live="polite">
        {saving && <p className="state">Saving…</p>}
        {conflict && (
          <p className="notice">Your profile changed elsewhere; it has been reloaded. Please try again.</p>
        )}
        {saveError && !conflict && <ErrorNotice error={saveError} />}
        {scheduled && scheduled.enqueued.length > 0 && (
          <p className="notice">Collecting postings for {scheduled.enqueued.join(', ')} in the background.</p>
        )}
        {outcome?.schedulingError && <p className="notice">{outcome.schedulingError}</p>}
        {outcome?.duplicateTargetRoles.map((duplicate) => (
          <p key={duplicate.role} className="notice">
            “{duplicate.role}” is the same role as “{duplicate.sameAs}”, which you already have.
          </p>
        ))}
      </div>
      <ResumeImport profileSkills={user.skills} onAdd={addSkills} />
    </section>
  );
}
