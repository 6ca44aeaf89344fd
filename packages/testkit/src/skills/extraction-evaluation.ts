export interface LabelledSnippet {
  id: string;
  kind: 'job' | 'resume';
  text: string;
  /** Canonical skill ids a recruiter would list for the text. */
  expected: readonly string[];
}

/** The extractor under evaluation: the canonical ids of the skills a text mentions. */
export type SkillExtractor = (text: string) => readonly { skill: string }[];

export interface SnippetErrors {
  id: string;
  /** Extracted but not expected. */
  falsePositives: string[];
  /** Expected but not extracted. */
  falseNegatives: string[];
}

export interface ExtractionEvaluation {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Only the snippets with at least one error. */
  errors: SnippetErrors[];
}

/**
 * Micro-averaged scores over skill presence per snippet (counts are ignored: a recruiter's
 * label says which skills a text mentions, not how often).
 */
export function evaluateExtraction(
  snippets: readonly LabelledSnippet[],
  extractSkills: SkillExtractor,
): ExtractionEvaluation {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const errors: SnippetErrors[] = [];
  for (const snippet of snippets) {
    const extracted = new Set(extractSkills(snippet.text).map((found) => found.skill));
    const expected = new Set(snippet.expected);
    const snippetFalsePositives = [...extracted].filter((skill) => !expected.has(skill));
    const snippetFalseNegatives = [...expected].filter((skill) => !extracted.has(skill));
    truePositives += extracted.size - snippetFalsePositives.length;
    falsePositives += snippetFalsePositives.length;
    falseNegatives += snippetFalseNegatives.length;
    if (snippetFalsePositives.length > 0 || snippetFalseNegatives.length > 0) {
      errors.push({
        id: snippet.id,
        falsePositives: snippetFalsePositives,
        falseNegatives: snippetFalseNegatives,
      });
    }
  }
  const precision = ratioOrOne(truePositives, truePositives + falsePositives);
  const recall = ratioOrOne(truePositives, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives, errors };
}

/** An empty denominator means nothing could go wrong, which scores as perfect. */
function ratioOrOne(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}
