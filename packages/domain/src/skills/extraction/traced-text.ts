/**
 * A string rewritten step by step (markup dropped, entities decoded) that still knows where
 * each of its characters came from in the original, so that a match in the rewritten text
 * can be shown to the user in the text they sent. Offsets are UTF-16 code units, as in
 * JavaScript strings.
 */
export class TracedText {
  /**
   * The rewritten text as runs in order; undefined while the text is still the original
   * (most plain-text input is never rewritten).
   */
  private runs: Run[] | undefined;

  constructor(public text: string) {}

  /**
   * Replaces every match of a global pattern. The replacement is new text, which stands for
   * the whole match, or the index of a capture group that is kept as it was (the pattern
   * must then have the `d` flag, so the group's own offsets are known).
   */
  replace(pattern: RegExp, replacement: string | number | ((match: RegExpExecArray) => string)): void {
    pattern.lastIndex = 0;
    let match = pattern.exec(this.text);
    if (match === null) return;
    const rewritten = new RunBuilder(
      this.runs ?? [{ at: 0, length: this.text.length, origin: 0, copied: true }],
    );
    const pieces: string[] = [];
    const copy = (from: number, to: number): void => {
      pieces.push(this.text.slice(from, to));
      rewritten.copy(from, to);
    };
    let copiedUpTo = 0;
    while (match !== null) {
      const matchStart = match.index;
      const matchEnd = matchStart + match[0].length;
      copy(copiedUpTo, matchStart);
      if (typeof replacement === 'number') {
        const [groupStart, groupEnd] = match.indices?.[replacement] ?? [matchStart, matchStart];
        copy(groupStart, groupEnd);
      } else {
        const inserted = typeof replacement === 'string' ? replacement : replacement(match);
        if (inserted === match[0]) copy(matchStart, matchEnd);
        else if (inserted.length > 0) {
          pieces.push(inserted);
          const origin = this.originOf(matchStart, matchEnd);
          rewritten.insert(inserted.length, origin.start, origin.end);
        }
      }
      copiedUpTo = matchEnd;
      if (match[0].length === 0) pattern.lastIndex += 1;
      match = pattern.exec(this.text);
    }
    copy(copiedUpTo, this.text.length);
    this.text = pieces.join('');
    this.runs = rewritten.runs;
  }

  /** The original range of the rewritten characters from `start` up to `end`. */
  originOf(start: number, end: number): { start: number; end: number } {
    const from = this.characterOrigin(start);
    if (end <= start) return { start: from.start, end: from.start };
    return { start: from.start, end: this.characterOrigin(end - 1).end };
  }

  private characterOrigin(index: number): { start: number; end: number } {
    if (!this.runs) return { start: index, end: index + 1 };
    const run = this.runs[runAt(this.runs, index)];
    if (!run) return { start: index, end: index + 1 };
    if (!run.copied) return { start: run.origin, end: run.originEnd ?? run.origin };
    const start = run.origin + (index - run.at);
    return { start, end: start + 1 };
  }
}

/**
 * Characters `at` to `at + length` of the rewritten text: copied from the original starting
 * at `origin`, or new text standing for the original from `origin` up to `originEnd`.
 */
interface Run {
  at: number;
  length: number;
  origin: number;
  copied: boolean;
  originEnd?: number;
}

/** The index of the run holding the character, by binary search. */
function runAt(runs: readonly Run[], index: number): number {
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (runs[middle]!.at <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The runs of the next rewriting, built from the current one's in text order. */
class RunBuilder {
  readonly runs: Run[] = [];
  private length = 0;
  private next = 0;

  constructor(private readonly current: readonly Run[]) {}

  /** Characters `from` to `to` of the current text, unchanged; called in text order. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    let index = this.next;
    while (index < this.current.length - 1 && this.current[index]!.at + this.current[index]!.length <= from) {
      index += 1;
    }
    for (let position = from; position < to; ) {
      const run = this.current[index]!;
      const end = Math.min(to, run.at + run.length);
      this.push({
        at: this.length,
        length: end - position,
        origin: run.copied ? run.origin + (position - run.at) : run.origin,
        copied: run.copied,
        ...(run.copied ? {} : { originEnd: run.originEnd ?? run.origin }),
      });
      position = end;
      if (position < to) index += 1;
    }
    this.next = index;
  }

  insert(length: number, origin: number, originEnd: number): void {
    this.push({ at: this.length, length, origin, copied: false, originEnd });
  }

  private push(run: Run): void {
    if (run.length > 0) this.runs.push(run);
    this.length += run.length;
  }
}
