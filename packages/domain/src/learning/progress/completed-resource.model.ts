import { getModelForClass, index, Severity } from '@typegoose/typegoose';
import { requiredDate, requiredString, storedAs } from '../../database/index.js';
import { LearnerDocument } from './learner-document.js';

/**
 * One completed learning resource of one learner. A document per mark (not an
 * array on the skill's progress) means two devices completing two resources at
 * once write two documents: FerretDB applies an update as read-modify-write, so
 * two $addToSet on one document could lose a mark.
 */
@storedAs('CompletedResource', { collection: 'completed_resources' }, { allowMixed: Severity.ERROR })
@index({ userId: 1 })
export class CompletedResourceDocument extends LearnerDocument {
  @requiredString() public url!: string;
  @requiredDate() public completedAt!: Date;
}

export const CompletedResourceModel = getModelForClass(CompletedResourceDocument);
