import { getModelForClass, index, modelOptions, prop, Severity } from '@typegoose/typegoose';

/** One day of one market slice; see rollup-cells.ts for the counters it holds. */
@modelOptions({
  schemaOptions: { collection: 'rollup_cells', strict: false, versionKey: false },
  options: { customName: 'RollupCell', allowMixed: Severity.ALLOW },
})
@index({ scope: 1, day: 1 })
@index({ day: 1 })
export class RollupCell {
  @prop({ type: String, required: true })
  public _id!: string;

  @prop({ type: String, required: true })
  public scope!: string;

  @prop({ type: String, required: true })
  public day!: string;

  @prop({ type: String, required: true })
  public role!: string;

  @prop({ type: String, required: true })
  public country!: string;

  @prop({ type: String, required: true })
  public remote!: string;

  /** Sequence number of the last ingestion batch applied to this cell. */
  @prop({ type: Number, required: true, default: 0 })
  public seq!: number;
}

@modelOptions({
  schemaOptions: { collection: 'rollup_counters', versionKey: false },
  options: { customName: 'RollupCounter' },
})
export class RollupCounter {
  @prop({ type: String, required: true })
  public _id!: string;

  @prop({ type: Number, required: true, default: 0 })
  public seq!: number;
}

export const RollupCellModel = getModelForClass(RollupCell);
export const RollupCounterModel = getModelForClass(RollupCounter);
