import { metricsRegistry } from '@career-navigator/domain';
import { Counter } from 'prom-client';

export type OperationOutcome = 'success' | 'client_error' | 'server_error';

const operations = new Counter({
  name: 'graphql_operations_total',
  help: 'GraphQL operations by name, type and outcome (success, client_error, server_error).',
  labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
  registers: [metricsRegistry],
});

/** Operation names come from clients: past this many distinct ones, new names count as `other`. */
export const MAX_OPERATION_NAMES = 200;
const seenNames = new Set<string>();

function boundedName(name: string | null): string {
  if (name === null) return 'anonymous';
  if (seenNames.has(name)) return name;
  if (seenNames.size >= MAX_OPERATION_NAMES) return 'other';
  seenNames.add(name);
  return name;
}

export function countOperation(name: string | null, type: string | null, outcome: OperationOutcome): void {
  operations.inc({ operation_name: boundedName(name), operation_type: type ?? 'unknown', outcome });
}
