import { useLazyQuery } from '@apollo/client/react';
import { ExtractSkillsDocument, type ExtractSkillsQuery } from '@career-navigator/client';
import { type FormEvent, useId, useState } from 'react';
import { EmptyState, ErrorNotice } from '../ui/index.js';
import { highlightSegments, preselectedSkills } from './evidence-highlight.js';

const MAX_TEXT = 100_000;

interface ResumeImportProps {
  profileSkills: readonly string[];
  /** Adds the chosen skills (display names) to the profile. */
  onAdd: (skills: string[]) => Promise<void>;
}

/** Paste a resume: the skills found are highlighted where the text mentions them, and the chosen ones added. */
export function ResumeImport({ profileSkills, onAdd }: ResumeImportProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [extract, { data, loading, error }] = useLazyQuery(ExtractSkillsDocument, {
    fetchPolicy: 'no-cache',
  });
  const [analysed, setAnalysed] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState(false);

  async function find(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    const result = await extract({ variables: { text, limit: 50 } }).catch(() => undefined);
    if (!result?.data) return;
    setAnalysed(text);
    setChosen(preselectedSkills(result.data.extractSkills.skills, profileSkills));
  }

  const skills = data?.extractSkills.skills ?? [];
  const owned = new Set(profileSkills);
  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>Paste your resume</h2>
      <form onSubmit={find}>
        <label htmlFor={`${id}-text`}>Resume or any text about your skills</label>
        <textarea
          id={`${id}-text`}
          rows={8}
          maxLength={MAX_TEXT}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={loading || text.trim() === ''}>
          {loading ? 'Finding skills…' : 'Find skills'}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      {data && skills.length === 0 && (
        <EmptyState>
          <p>No known skills found in this text.</p>
        </EmptyState>
      )}
      {skills.length > 0 && (
        <ExtractionResult
          text={analysed}
          skills={skills}
          owned={owned}
          chosen={chosen}
          onToggle={(skill) => {
            const next = new Set(chosen);
            if (!next.delete(skill)) next.add(skill);
            setChosen(next);
          }}
          adding={adding}
          onAdd={async () => {
            setAdding(true);
            try {
              await onAdd(
                skills.filter((skill) => chosen.has(skill.skill)).map((skill) => skill.displayName),
              );
              setChosen(new Set());
            } finally {
              setAdding(false);
            }
          }}
        />
      )}
    </section>
  );
}

type Skills = ExtractSkillsQuery['extractSkills']['skills'];

function ExtractionResult(props: {
  text: string;
  skills: Skills;
  owned: Set<string>;
  chosen: Set<string>;
  onToggle: (skill: string) => void;
  adding: boolean;
  onAdd: () => Promise<void>;
}) {
  const { text, skills, owned, chosen, onToggle, adding, onAdd } = props;
  return (
    <>
      <h3>Where the text mentions them</h3>
      <p className="resume-text" data-testid="highlighted-resume">
        {highlightSegments(text, skills).map((segment, index) =>
          segment.skill ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
            <mark key={index} title={segment.displayName}>
              {segment.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
      <fieldset>
        <legend>Skills found ({skills.length})</legend>
        <ul className="check-list">
          {skills.map((skill) => (
            <li key={skill.skill}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(skill.skill)}
                  disabled={owned.has(skill.skill)}
                  onChange={() => onToggle(skill.skill)}
                />
                {skill.displayName}{' '}
                <span className="muted">
                  {owned.has(skill.skill)
                    ? 'already in your profile'
                    : `confidence ${Math.round(skill.confidence * 100)}%`}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="button"
        className="primary"
        disabled={chosen.size === 0 || adding}
        onClick={() => void onAdd()}
      >
        {adding ? 'Adding…' : `Add ${chosen.size} selected skill${chosen.size === 1 ? '' : 's'}`}
      </button>
    </>
  );
}
