import { requiredString } from '../../database/index.js';

/**
 * What every document of one learner's progress starts with. The _id is derived from the
 * user and what the document is about (progressId, completionId), so every write addresses
 * exactly one document and the unique primary key decides between two racing first writes.
 */
export abstract class LearnerDocument {
  @requiredString() public _id!: string;

  /** The user's id as a hex string. */
  @requiredString() public userId!: string;
}
