import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { RolesDocument, type RolesQuery, SkillsDocument, type SkillsQuery } from '@career-navigator/client';
import { useState } from 'react';
import { Autocomplete, type AutocompleteOption, useDebounced } from '../ui/index.js';

const SUGGESTIONS = 8;

interface PickerProps {
  label: string;
  onSelect: (value: string) => void;
}

interface SuggestionSource<Data> {
  /** A lookup query taking the typed text as `search` and the number of suggestions as `limit`. */
  document: TypedDocumentNode<Data, { search?: string | null; limit?: number | null }>;
  optionsOf: (data: Data) => AutocompleteOption[];
  placeholder: string;
}

/** An autocomplete whose suggestions a lookup query answers for the debounced text. */
function SuggestionPicker<Data>({
  label,
  onSelect,
  allowFreeText,
  source,
}: PickerProps & { allowFreeText: boolean; source: SuggestionSource<Data> }) {
  const [query, setQuery] = useState('');
  const search = useDebounced(query);
  const { data, loading } = useQuery(source.document, {
    variables: { search, limit: SUGGESTIONS },
    skip: search === '',
    fetchPolicy: 'cache-first',
  });
  return (
    <Autocomplete
      label={label}
      options={search === '' || !data ? [] : source.optionsOf(data)}
      loading={loading}
      onQueryChange={setQuery}
      onSelect={onSelect}
      allowFreeText={allowFreeText}
      placeholder={source.placeholder}
    />
  );
}

/** A suggestion picked by the name it shows: the field is filled with the display name, not an id. */
function nameOption({ displayName }: { displayName: string }, hint: string): AutocompleteOption {
  return { value: displayName, label: displayName, hint };
}

const SKILLS: SuggestionSource<SkillsQuery> = {
  document: SkillsDocument,
  optionsOf: (data) =>
    data.skills.map((skill) =>
      nameOption(skill, skill.match === 'ALIAS' ? `“${skill.matchedText}”` : `${skill.postings} postings`),
    ),
  placeholder: 'e.g. Python, k8s',
};

const ROLES: SuggestionSource<RolesQuery> = {
  document: RolesDocument,
  optionsOf: (data) => data.roles.map((role) => nameOption(role, `${role.postings} postings`)),
  placeholder: 'e.g. Data Engineer',
};

/** Skills by name or alias (`skills(search)`), most asked-for first. */
export function SkillPicker(props: PickerProps) {
  return <SuggestionPicker {...props} allowFreeText source={SKILLS} />;
}

/** Roles with postings (`roles(search)`), any spelling; a role without data can still be typed. */
export function RolePicker({ allowFreeText = true, ...props }: PickerProps & { allowFreeText?: boolean }) {
  return <SuggestionPicker {...props} allowFreeText={allowFreeText} source={ROLES} />;
}
