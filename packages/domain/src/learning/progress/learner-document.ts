import { prop } from '@typegoose/typegoose';

/**
 * What every document of one learner's progress starts with. The _id is derived from the
 * user and what the document is about (progressId, completionId), so every write addresses
 * exactly one document and the unique primary key decides between two racing first writes.
 */
export abstract class LearnerDocument {
  @prop({ type: String, required: true })
  public _id!: string;

  /** The user's id as a hex string. */
  @prop({ type: String, required: true })
  public userId!: string;
}
