import { getModelForClass, index, modelOptions, Severity } from '@typegoose/typegoose';
import { counter, requiredString } from '../database/index.js';

/** One day of one market slice; see rollup-cells.ts for the counters it holds. */
@modelOptions({
  schemaOptions: { collection: 'rollup_cells', strict: false, versionKey: false },
  options: { customName: 'RollupCell', allowMixed: Severity.ALLOW },
})
@index({ scope: 1, day: 1 })
@index({ day: 1 })
export class RollupCell {
  @requiredString() public _id!: string;
  @requiredString() public scope!: string;
  @requiredString() public day!: string;
  @requiredString() public role!: string;
  @requiredString() public country!: string;
  @requiredString() public remote!: string;

  /** Sequence number of the last ingestion batch applied to this cell. */
  @counter() public seq!: number;
}

@modelOptions({
  schemaOptions: { collection: 'rollup_counters', versionKey: false },
  options: { customName: 'RollupCounter' },
})
export class RollupCounter {
  @requiredString() public _id!: string;
  @counter() public seq!: number;
}

export const RollupCellModel = getModelForClass(RollupCell);
export const RollupCounterModel = getModelForClass(RollupCounter);
