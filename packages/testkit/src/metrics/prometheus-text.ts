/** One sample of a scrape: `name{label="value",...} value`. */
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const METRIC_NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\\\\n]|\\\\[\\\\"n])*)"`;
// Prometheus reads Inf and NaN case-insensitively (prom-client writes `Nan`).
const VALUE = '(?:[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?[Ii][Nn][Ff]|[Nn][Aa][Nn])';
const SAMPLE_LINE = new RegExp(`^(${METRIC_NAME})(?:\\{((?:${LABEL},?)*)\\})? (${VALUE})(?: -?\\d+)?$`);
const HELP_LINE = new RegExp(`^# HELP ${METRIC_NAME} .*$`);
const TYPE_LINE = new RegExp(`^# TYPE (${METRIC_NAME}) (counter|gauge|histogram|summary|untyped)$`);

function unescapeLabel(value: string): string {
  return value.replace(/\\(["\\n])/g, (_match, char: string) => (char === 'n' ? '\n' : char));
}

/**
 * Parses the Prometheus text exposition format strictly: any line that is not
 * a HELP, TYPE or sample line fails the parse, and every sample's metric must
 * have been typed first (with _bucket/_sum/_count for histograms and summaries).
 */
export function parsePrometheusText(text: string): PrometheusSample[] {
  const typed = new Map<string, string>();
  const samples: PrometheusSample[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const type = TYPE_LINE.exec(line);
    if (type) {
      typed.set(type[1] ?? '', type[2] ?? '');
      continue;
    }
    if (HELP_LINE.test(line)) continue;
    const sample = SAMPLE_LINE.exec(line);
    if (!sample) throw new Error(`line ${index + 1} is not Prometheus text: ${line}`);
    const name = sample[1] ?? '';
    const family = [name, name.replace(/_(bucket|sum|count|total|created)$/, '')].find((candidate) =>
      typed.has(candidate),
    );
    if (!family) throw new Error(`line ${index + 1}: ${name} has no # TYPE line before it`);
    const labels: Record<string, string> = {};
    for (const label of (sample[2] ?? '').matchAll(new RegExp(LABEL, 'g'))) {
      labels[label[1] ?? ''] = unescapeLabel(label[2] ?? '');
    }
    const raw = sample[5] ?? '';
    const infinite = raw.toLowerCase().endsWith('inf');
    const value = infinite
      ? raw.startsWith('-')
        ? -Infinity
        : Infinity
      : Number(raw.toLowerCase() === 'nan' ? NaN : raw);
    samples.push({ name, labels, value });
  }
  return samples;
}

/** The sum of a metric's samples whose labels include `labels`. */
export function metricValue(
  samples: readonly PrometheusSample[],
  name: string,
  labels: Record<string, string> = {},
): number {
  return samples
    .filter(
      (sample) =>
        sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}
