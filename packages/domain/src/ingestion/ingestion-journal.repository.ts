import { getModelForClass, modelOptions, prop, Severity } from '@typegoose/typegoose';
import type { Collection } from 'mongodb';
import mongoose from 'mongoose';
import type { PostingWrite } from '../postings/index.js';
import type { StoredCellDelta } from '../rollups/index.js';

export interface JournalEntry {
  /** The batch's sequence number, which also guards its cell increments. */
  _id: number;
  createdAt: Date;
  postingWrites: PostingWrite[];
  cellDeltas: StoredCellDelta[];
}

/**
 * A batch of posting writes and the rollup increments they cause, written
 * before either is applied so a crash mid-batch can be replayed exactly once.
 * (Stored under its original collection name, so existing journals replay.)
 */
@modelOptions({
  schemaOptions: { collection: 'rollup_journal', versionKey: false },
  options: { customName: 'RollupJournalEntry', allowMixed: Severity.ALLOW },
})
class IngestionJournalEntry {
  @prop({ type: Number, required: true })
  public _id!: number;

  @prop({ type: Date, required: true })
  public createdAt!: Date;

  @prop({ type: () => [mongoose.Schema.Types.Mixed], default: [] })
  public postingWrites!: unknown[];

  @prop({ type: () => [mongoose.Schema.Types.Mixed], default: [] })
  public cellDeltas!: unknown[];
}

const IngestionJournalModel = getModelForClass(IngestionJournalEntry);

/** The driver's collection, typed by the entry: entries are stored and read back as they are. */
function journal(): Collection<JournalEntry> {
  return IngestionJournalModel.db.collection<JournalEntry>(IngestionJournalModel.collection.collectionName);
}

export async function ensureIngestionJournalIndexes(): Promise<void> {
  await IngestionJournalModel.createIndexes();
}

export async function writeJournal(entry: JournalEntry): Promise<void> {
  await journal().insertOne(entry);
}

/** Batches not yet applied completely, oldest first. */
export async function pendingJournal(): Promise<JournalEntry[]> {
  return journal().find({}).sort({ _id: 1 }).toArray();
}

export async function deleteJournal(seq: number): Promise<void> {
  await journal().deleteOne({ _id: seq });
}
