import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './BarChart.js';
import { axisMaximum, type BarDatum } from './bar-chart-scale.js';

afterEach(cleanup);

const bar = (key: string, value: number, tone: BarDatum['tone'] = 'neutral'): BarDatum => ({
  key,
  label: key,
  value,
  tone,
  valueText: `${value}%`,
});

describe('the bar chart', () => {
  it('is an image named by its title, with the same figures as a table', () => {
    render(
      <BarChart title="Top skills" data={[bar('SQL', 80, 'have'), bar('Spark', 52, 'missing')]} percent />,
    );
    const figure = screen.getByRole('figure');
    expect(within(figure).getByRole('img', { name: 'Top skills' })).toBeTruthy();
    const rows = within(figure).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['SQL80%', 'Spark52%']);
    expect(figure.querySelectorAll('.chart-bar-have rect')).toHaveLength(1);
    expect(figure.querySelectorAll('.chart-bar-missing rect')).toHaveLength(1);
  });

  it('scales shares to 100 and amounts to a readable round maximum', () => {
    expect(axisMaximum([bar('a', 12, 'neutral')], true)).toBe(100);
    expect(axisMaximum([bar('a', 163_000), bar('b', 90_000)], false)).toBe(200_000);
    expect(axisMaximum([bar('a', 42)], false)).toBe(50);
    expect(axisMaximum([], false)).toBe(1);
  });
});
