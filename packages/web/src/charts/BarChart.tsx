import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId } from 'react';
import { axisMaximum, type BarDatum } from './bar-chart-scale.js';

export type { BarDatum } from './bar-chart-scale.js';

interface BarChartProps {
  title: string;
  data: readonly BarDatum[];
  /** Values are shares 0–100 (the axis ends at 100%). */
  percent?: boolean;
  /** Vertical reference lines, e.g. the 50% line between ESSENTIAL and IMPORTANT. */
  guides?: readonly { value: number; label: string }[];
  /** Column heading of the value in the data table. */
  valueHeading?: string;
}

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 170;
const WIDTH = 560;
const TOP = 18;

/**
 * Horizontal bars drawn with visx in a scalable SVG (it shrinks to a phone's width), with the
 * same figures as a table for screen readers and for reading exact values.
 */
export function BarChart({
  title,
  data,
  percent = false,
  guides = [],
  valueHeading = 'Value',
}: BarChartProps) {
  const titleId = useId();
  const height = TOP + data.length * ROW_HEIGHT + 4;
  const y = scaleBand({ domain: data.map((datum) => datum.key), range: [TOP, height - 4], padding: 0.2 });
  const x = scaleLinear({ domain: [0, axisMaximum(data, percent)], range: [0, WIDTH - LABEL_WIDTH - 96] });
  const summary = data.map((datum) => `${datum.label}: ${datum.tableText ?? datum.valueText}`).join('; ');
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} aria-description={summary}>
        <title>{title}</title>
        <Group left={LABEL_WIDTH}>
          {guides.map((guide) => (
            <g key={guide.label} className="chart-guide">
              <line x1={x(guide.value)} x2={x(guide.value)} y1={TOP - 4} y2={height} />
              <text x={x(guide.value) + 3} y={TOP - 6}>
                {guide.label}
              </text>
            </g>
          ))}
          {data.map((datum) => {
            const top = y(datum.key) ?? 0;
            const start = x(datum.from ?? 0);
            return (
              <g key={datum.key} className={`chart-bar chart-bar-${datum.tone}`}>
                <text x={-8} y={top + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle">
                  {datum.label.length > 20 ? `${datum.label.slice(0, 19)}…` : datum.label}
                </text>
                <Bar
                  x={start}
                  y={top}
                  width={Math.max(1, x(datum.value) - start)}
                  height={y.bandwidth()}
                  rx={3}
                />
                {datum.mark !== undefined && (
                  <line
                    className="chart-mark"
                    x1={x(datum.mark)}
                    x2={x(datum.mark)}
                    y1={top - 2}
                    y2={top + y.bandwidth() + 2}
                  />
                )}
                <text
                  className="chart-value"
                  x={x(datum.value) + 4}
                  y={top + y.bandwidth() / 2}
                  dominantBaseline="middle"
                >
                  {datum.valueText}
                </text>
              </g>
            );
          })}
        </Group>
      </svg>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.key}>
                <th scope="row">{datum.label}</th>
                <td>{datum.tableText ?? datum.valueText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
