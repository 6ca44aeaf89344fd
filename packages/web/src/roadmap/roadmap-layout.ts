/** A prerequisite graph laid out left to right: a skill's column is one past its deepest prerequisite. */
export interface LayoutNode {
  skill: string;
  column: number;
  row: number;
  x: number;
  y: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
  /** An SVG path from the prerequisite's right side to the dependent's left side. */
  path: string;
}

export interface RoadmapLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 40;
const COLUMN_GAP = 40;
const ROW_GAP = 14;
const MARGIN = 8;

/**
 * Columns by longest prerequisite chain, rows in the given order (the API's topological,
 * most-needed-first order). Edges naming unknown skills are ignored, and a cycle, which the
 * API never sends, cannot loop: columns are relaxed at most once per node.
 */
export function layoutRoadmap(
  skills: readonly string[],
  edges: readonly { from: string; to: string }[],
): RoadmapLayout {
  const known = new Set(skills);
  const usable = edges.filter((edge) => known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to);
  const column = new Map(skills.map((skill) => [skill, 0]));
  for (let pass = 0; pass < skills.length; pass++) {
    let changed = false;
    for (const edge of usable) {
      const needed = (column.get(edge.from) ?? 0) + 1;
      if (needed > (column.get(edge.to) ?? 0) && needed < skills.length) {
        column.set(edge.to, needed);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rowsUsed = new Map<number, number>();
  const nodes = skills.map((skill) => {
    const nodeColumn = column.get(skill) ?? 0;
    const row = rowsUsed.get(nodeColumn) ?? 0;
    rowsUsed.set(nodeColumn, row + 1);
    return {
      skill,
      column: nodeColumn,
      row,
      x: MARGIN + nodeColumn * (NODE_WIDTH + COLUMN_GAP),
      y: MARGIN + row * (NODE_HEIGHT + ROW_GAP),
    };
  });
  const bySkill = new Map(nodes.map((node) => [node.skill, node]));
  const laidEdges = usable.map((edge) => {
    const from = bySkill.get(edge.from)!;
    const to = bySkill.get(edge.to)!;
    const startX = from.x + NODE_WIDTH;
    const startY = from.y + NODE_HEIGHT / 2;
    const endX = to.x;
    const endY = to.y + NODE_HEIGHT / 2;
    const bend = (endX - startX) / 2;
    return {
      from: edge.from,
      to: edge.to,
      path: `M${startX},${startY} C${startX + bend},${startY} ${endX - bend},${endY} ${endX},${endY}`,
    };
  });
  const columns = Math.max(0, ...nodes.map((node) => node.column)) + 1;
  const rows = Math.max(0, ...rowsUsed.values());
  return {
    nodes,
    edges: laidEdges,
    width: skills.length === 0 ? 0 : MARGIN * 2 + columns * NODE_WIDTH + (columns - 1) * COLUMN_GAP,
    height: skills.length === 0 ? 0 : MARGIN * 2 + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP,
  };
}
