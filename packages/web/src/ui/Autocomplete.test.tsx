import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Autocomplete, type AutocompleteOption } from './Autocomplete.js';

afterEach(cleanup);

const OPTIONS: AutocompleteOption[] = [
  { value: 'Kubernetes', label: 'Kubernetes', hint: '“k8s”' },
  { value: 'Kafka', label: 'Kafka', hint: '120 postings' },
];

function setUp(allowFreeText = false) {
  const chosen: string[] = [];
  const queries: string[] = [];
  render(
    <Autocomplete
      label="Add a skill"
      options={OPTIONS}
      onQueryChange={(query) => queries.push(query)}
      onSelect={(value) => chosen.push(value)}
      allowFreeText={allowFreeText}
    />,
  );
  return { chosen, queries, input: screen.getByRole('combobox', { name: 'Add a skill' }) };
}

describe('the autocomplete', () => {
  it('opens as the user types, moves with the arrows (wrapping) and chooses with Enter', async () => {
    const user = userEvent.setup();
    const { chosen, queries, input } = setUp();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await user.type(input, 'k');
    expect(queries.at(-1)).toBe('k');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const highlighted = screen.getByRole('option', { selected: true });
    expect(highlighted.textContent).toContain('Kafka');
    expect(input.getAttribute('aria-activedescendant')).toBe(highlighted.id);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Kubernetes');
    await user.keyboard('{Enter}');
    expect(chosen).toEqual(['Kubernetes']);
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape without choosing, and Enter then chooses nothing', async () => {
    const user = userEvent.setup();
    const { chosen, input } = setUp();
    await user.type(input, 'ka{Escape}{Enter}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(chosen).toEqual([]);
  });

  it('offers the typed text itself when asked, so a role nobody posted yet can be added', async () => {
    const user = userEvent.setup();
    const { chosen, input } = setUp(true);
    await user.type(input, 'Quantum Gardener');
    expect(screen.getAllByRole('option').at(-1)?.textContent).toBe('Quantum Gardener — as typed');
    await user.click(screen.getByRole('option', { name: /Quantum Gardener/ }));
    expect(chosen).toEqual(['Quantum Gardener']);
  });
});
