import { type KeyboardEvent, useId, useState } from 'react';
import { nextHighlight } from './combobox-keys.js';

export interface AutocompleteOption {
  value: string;
  label: string;
  /** Shown after the label, e.g. "1,204 postings". */
  hint?: string;
}

interface AutocompleteProps {
  label: string;
  /** Options for the text typed so far; the parent fetches them. */
  options: readonly AutocompleteOption[];
  loading?: boolean;
  onQueryChange: (query: string) => void;
  onSelect: (value: string) => void;
  /** Offer the typed text itself as the last option (a role nobody has posted yet, say). */
  allowFreeText?: boolean;
  placeholder?: string;
}

/**
 * A combobox after the WAI-ARIA pattern: type to filter, arrows to move, Enter to choose,
 * Escape to close; the input keeps focus and announces the highlighted option.
 */
export function Autocomplete({
  label,
  options,
  loading = false,
  onQueryChange,
  onSelect,
  allowFreeText = false,
  placeholder,
}: AutocompleteProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const trimmed = text.trim();
  const shown: AutocompleteOption[] = [...options];
  if (
    allowFreeText &&
    trimmed &&
    !options.some((option) => option.label.toLowerCase() === trimmed.toLowerCase())
  ) {
    shown.push({ value: trimmed, label: trimmed, hint: 'as typed' });
  }
  const expanded = open && trimmed.length > 0 && shown.length > 0;

  function choose(option: AutocompleteOption | undefined) {
    if (!option) return;
    onSelect(option.value);
    setText('');
    onQueryChange('');
    setOpen(false);
    setHighlight(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      setOpen(false);
      setHighlight(-1);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded) choose(shown[highlight] ?? shown[0]);
      return;
    }
    if (['ArrowDown', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      setOpen(true);
      setHighlight(nextHighlight(highlight, event.key, shown.length));
    }
  }

  return (
    <div className="autocomplete">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && highlight >= 0 ? `${id}-option-${highlight}` : undefined}
        aria-busy={loading}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setHighlight(-1);
          onQueryChange(event.target.value.trim());
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={`${id}-listbox`} role="listbox" aria-label={label} hidden={!expanded}>
        {shown.map((option, index) => (
          <div
            key={`${option.value}-${option.hint ?? ''}`}
            tabIndex={-1}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === highlight}
            onMouseDown={(event) => {
              // Keeps focus in the input, so the click lands before blur closes the list.
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
            {option.hint && <span className="option-hint"> — {option.hint}</span>}
          </div>
        ))}
      </div>
    </div>
  );
}
