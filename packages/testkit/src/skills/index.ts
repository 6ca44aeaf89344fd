export {
  CONFIDENCE_BAND_EDGES,
  type ConfidenceBand,
  type ConfidentSkillExtractor,
  confidenceBands,
} from './confidence-calibration.js';
export {
  type ExtractionEvaluation,
  evaluateExtraction,
  type LabelledSnippet,
  type SkillExtractor,
  type SnippetErrors,
} from './extraction-evaluation.js';
export { labelledDocument } from './labelled-document.js';
export { labelledSnippets } from './labelled-snippets.js';
export {
  ORIGINAL_CANONICAL_MAP,
  ORIGINAL_CATEGORY_TERMS,
  ORIGINAL_IDENTITY_SLUGS,
  ORIGINAL_JUNK_RENAMES,
  ORIGINAL_SLUG_RENAMES,
} from './original-skill-terms.js';
export { itFindsSkill, skillsIn } from './skills-in.js';
