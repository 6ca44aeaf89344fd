import { getModelForClass, prop } from '@typegoose/typegoose';
import { BSON, type Collection } from 'mongodb';
import {
  bulkWriteInChunks,
  isDuplicateKeyError,
  requiredDate,
  requiredString,
  storedAs,
} from '../database/index.js';
import type { PostingWrite } from '../postings/index.js';
import type { StoredCellDelta } from '../rollups/index.js';
import type { ContributionChange, JournaledPagePosting } from './page-plan.js';

/**
 * A page of postings, journaled before its new postings are inserted: a replay
 * finishes the page, telling the postings this batch inserted from those stored
 * before it by their `insertedByBatch`.
 */
export interface PageJournalEntry {
  kind: 'page';
  /** The batch's sequence number, which also guards its cell increments. */
  _id: number;
  createdAt: Date;
  page: JournaledPagePosting[];
}

/** A batch's posting writes and the rollup increments they cause, journaled before either is applied. */
export interface WritesJournalEntry {
  kind: 'writes';
  _id: number;
  createdAt: Date;
  postingWrites: PostingWrite[];
  cellDeltas: StoredCellDelta[];
}

/**
 * A page's writes to the postings stored before it, with the page's
 * contribution changes (their cell increments are computed again on replay:
 * a change is a few hundred bytes, its increments several kilobytes), journaled
 * before the writes are applied.
 */
export interface PageWritesJournalEntry {
  kind: 'page-writes';
  _id: number;
  createdAt: Date;
  postingWrites: PostingWrite[];
  changes: ContributionChange[];
}

/**
 * A flush of the cell increments of pages `covers` (journaled as page or
 * page-writes entries), merged and written under this entry's number. Journaled
 * before the first cell is written, marked done after the last, and deleted
 * after the pages it covers. A replay deletes the pages of a done flush; those
 * of an unfinished one it replays one by one, and each skips the cells the
 * flush reached (they carry its number, past every page's).
 */
export interface FlushJournalEntry {
  kind: 'flush';
  _id: number;
  createdAt: Date;
  covers: number[];
  /** The first cell the flush writes (how a test sees from outside that its cell writes have begun). */
  firstCell: string | null;
  done: boolean;
}

export type JournalEntry = PageJournalEntry | PageWritesJournalEntry | WritesJournalEntry | FlushJournalEntry;

/**
 * The journal of batches not yet fully applied, so a crash mid-batch can be
 * replayed exactly once. (Stored under its original collection name, so
 * existing journals replay.)
 */
@storedAs('RollupJournalEntry', { collection: 'rollup_journal', versionKey: false })
class IngestionJournalEntry {
  /** The batch's number as a zero-padded string (see storedKey). */
  @requiredString() public _id!: string;
  @requiredDate() public createdAt!: Date;

  /** The entry's content as one Extended JSON string (see StoredEntry). */
  @prop({ type: String }) public payload?: string;
}

const IngestionJournalModel = getModelForClass(IngestionJournalEntry);

/**
 * An entry's content is stored as one Extended JSON string rather than as
 * nested fields: FerretDB 1.24 converts every field of a document on each
 * write and read, and a page's thousands of posting fields and cell paths made
 * writing and deleting one entry cost about 320 ms, against under 50 ms as one
 * string (measured). Extended JSON brings dates back as dates; MongoDB does
 * not mind either way. Entries written before payloads keep their fields.
 */
type StoredEntry =
  | { _id: StoredKey; createdAt: Date; payload: string }
  | { _id: StoredKey; createdAt: Date; postingWrites: PostingWrite[]; cellDeltas: StoredCellDelta[] };

/** A string, or the number entries were keyed by before (see storedKey). */
type StoredKey = string | number;

/**
 * An entry's key: its batch number as a string, zero-padded so that keys sort as the numbers do.
 * FerretDB 1.24 finds a document by primary key only when the key is a string or an ObjectId; by
 * a number it scans and decodes the whole collection, so each replace or delete of an entry read
 * every page waiting for its flush (about 40 ms a replace late in a flush window, measured).
 */
function storedKey(seq: number): string {
  return String(seq).padStart(16, '0');
}

function journal(): Collection<StoredEntry> {
  return IngestionJournalModel.db.collection<StoredEntry>(IngestionJournalModel.collection.collectionName);
}

function toStored(entry: JournalEntry): StoredEntry {
  const { _id, createdAt, ...content } = entry;
  return { _id: storedKey(_id), createdAt, payload: BSON.EJSON.stringify(content) };
}

function fromStored(stored: StoredEntry): JournalEntry {
  const { createdAt } = stored;
  const _id = Number(stored._id);
  if ('payload' in stored) {
    const content = BSON.EJSON.parse(stored.payload) as
      | Omit<PageJournalEntry, '_id' | 'createdAt'>
      | Omit<PageWritesJournalEntry, '_id' | 'createdAt'>
      | Omit<WritesJournalEntry, '_id' | 'createdAt'>
      | Omit<FlushJournalEntry, '_id' | 'createdAt'>;
    return { _id, createdAt, ...content };
  }
  return {
    kind: 'writes',
    _id,
    createdAt,
    postingWrites: stored.postingWrites,
    cellDeltas: stored.cellDeltas,
  };
}

/**
 * An entry keyed by its number (written before keys were strings) is copied under its string key,
 * then deleted, so every later replace and delete finds it. Stopped in between, the copy is there
 * and the next call only deletes.
 */
async function rekey(stored: StoredEntry): Promise<void> {
  try {
    await journal().insertOne({ ...stored, _id: storedKey(Number(stored._id)) });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  await journal().deleteOne({ _id: stored._id });
}

export async function ensureIngestionJournalIndexes(): Promise<void> {
  await IngestionJournalModel.createIndexes();
}

export async function writeJournal(entry: JournalEntry): Promise<void> {
  await journal().insertOne(toStored(entry));
}

/** Replaces a batch's entry once more of it is known (a page's writes, once its new postings are in). */
export async function replaceJournal(entry: JournalEntry): Promise<void> {
  await journal().replaceOne({ _id: storedKey(entry._id) }, toStored(entry));
}

/** Batches not yet applied completely, oldest first (an entry still keyed by its number is re-keyed on the way). */
export async function pendingJournal(): Promise<JournalEntry[]> {
  const stored = await journal().find({}).toArray();
  for (const entry of stored) if (typeof entry._id === 'number') await rekey(entry);
  // A copy and its original (a rekey stopped halfway) are one batch.
  const bySeq = new Map(stored.map((entry) => [Number(entry._id), entry]));
  return [...bySeq.values()].map(fromStored).sort((a, b) => a._id - b._id);
}

export async function deleteJournal(seq: number): Promise<void> {
  await journal().deleteOne({ _id: storedKey(seq) });
}

/** Deletes the entries of a flush's pages, each by primary key (FerretDB scans and decodes every entry for `$in`). */
export async function deleteJournalEntries(seqs: readonly number[]): Promise<void> {
  await bulkWriteInChunks(
    journal(),
    seqs.map((seq) => ({ deleteOne: { filter: { _id: storedKey(seq) } } })),
    { ordered: false },
  );
}
