import { getModelForClass, Severity } from '@typegoose/typegoose';
import { counter, requiredString, storedAs } from '../database/index.js';

/**
 * One day of one market slice; see rollup-cells.ts for the counters it holds. Every read and
 * write of a cell goes by its primary key, so it has no other index: each would cost every cell
 * write (about 15 % of a flush's cell writes on FerretDB for the two it once had) for no query.
 */
@storedAs(
  'RollupCell',
  { collection: 'rollup_cells', strict: false, versionKey: false },
  { allowMixed: Severity.ALLOW },
)
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

@storedAs('RollupCounter', { collection: 'rollup_counters', versionKey: false })
export class RollupCounter {
  @requiredString() public _id!: string;
  @counter() public seq!: number;
}

export const RollupCellModel = getModelForClass(RollupCell);
export const RollupCounterModel = getModelForClass(RollupCounter);
