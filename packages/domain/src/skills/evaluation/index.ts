export {
  type ExtractionEvaluation,
  evaluateExtraction,
  type LabelledSnippet,
  type SnippetErrors,
} from './extraction-evaluation.js';
export { labelledSnippets } from './labelled-snippets.js';
