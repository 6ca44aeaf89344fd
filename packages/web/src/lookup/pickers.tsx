import { useQuery } from '@apollo/client/react';
import { RolesDocument, SkillsDocument } from '@career-navigator/client';
import { useState } from 'react';
import { Autocomplete, useDebounced } from '../ui/index.js';

const SUGGESTIONS = 8;

interface PickerProps {
  label: string;
  onSelect: (value: string) => void;
}

/** Skills by name or alias (`skills(search)`), most asked-for first. */
export function SkillPicker({ label, onSelect }: PickerProps) {
  const [query, setQuery] = useState('');
  const search = useDebounced(query);
  const { data, loading } = useQuery(SkillsDocument, {
    variables: { search, limit: SUGGESTIONS },
    skip: search === '',
    fetchPolicy: 'cache-first',
  });
  const options = (search === '' ? [] : (data?.skills ?? [])).map((skill) => ({
    value: skill.displayName,
    label: skill.displayName,
    hint: skill.match === 'ALIAS' ? `“${skill.matchedText}”` : `${skill.postings} postings`,
  }));
  return (
    <Autocomplete
      label={label}
      options={options}
      loading={loading}
      onQueryChange={setQuery}
      onSelect={onSelect}
      allowFreeText
      placeholder="e.g. Python, k8s"
    />
  );
}

/** Roles with postings (`roles(search)`), any spelling; a role without data can still be typed. */
export function RolePicker({
  label,
  onSelect,
  allowFreeText = true,
}: PickerProps & { allowFreeText?: boolean }) {
  const [query, setQuery] = useState('');
  const search = useDebounced(query);
  const { data, loading } = useQuery(RolesDocument, {
    variables: { search, limit: SUGGESTIONS },
    skip: search === '',
    fetchPolicy: 'cache-first',
  });
  const options = (search === '' ? [] : (data?.roles ?? [])).map((role) => ({
    value: role.displayName,
    label: role.displayName,
    hint: `${role.postings} postings`,
  }));
  return (
    <Autocomplete
      label={label}
      options={options}
      loading={loading}
      onQueryChange={setQuery}
      onSelect={onSelect}
      allowFreeText={allowFreeText}
      placeholder="e.g. Data Engineer"
    />
  );
}
