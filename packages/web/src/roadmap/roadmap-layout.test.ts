import { describe, expect, it } from 'vitest';
import { layoutRoadmap } from './roadmap-layout.js';

const columns = (layout: ReturnType<typeof layoutRoadmap>) =>
  Object.fromEntries(layout.nodes.map((node) => [node.skill, [node.column, node.row]]));

describe('the roadmap layout', () => {
  it('puts each skill one column past its deepest prerequisite, rows in the given order', () => {
    const layout = layoutRoadmap(
      ['python', 'sql', 'spark', 'airflow', 'docker'],
      [
        { from: 'python', to: 'spark' },
        { from: 'sql', to: 'spark' },
        { from: 'spark', to: 'airflow' },
        { from: 'python', to: 'airflow' },
      ],
    );
    expect(columns(layout)).toEqual({
      python: [0, 0],
      sql: [0, 1],
      docker: [0, 2],
      spark: [1, 0],
      airflow: [2, 0],
    });
    expect(layout.edges).toHaveLength(4);
    expect(layout.edges[0]!.path).toMatch(/^M\d+,\d+ C/);
    expect(layout.width).toBeGreaterThan(3 * 150);
  });

  it('ignores edges to unknown skills and self-loops, and survives a cycle', () => {
    const layout = layoutRoadmap(
      ['a', 'b'],
      [
        { from: 'a', to: 'ghost' },
        { from: 'a', to: 'a' },
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    );
    expect(layout.nodes).toHaveLength(2);
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['a>b', 'b>a']);
    expect(Math.max(...layout.nodes.map((node) => node.column))).toBeLessThan(2);
  });

  it('lays out an empty roadmap as nothing', () => {
    expect(layoutRoadmap([], [])).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
  });
});
