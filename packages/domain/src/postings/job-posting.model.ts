import { getModelForClass, index, prop, Severity } from '@typegoose/typegoose';
import {
  nullableBoolean,
  nullableDate,
  nullableNumber,
  nullableString,
  requiredDate,
  requiredNumber,
  requiredString,
  storedAs,
  stringList,
} from '../database/index.js';

export const POSTING_SOURCES = ['theirstack', 'demo'] as const;
export type PostingSource = (typeof POSTING_SOURCES)[number];

export class Coordinates {
  @requiredNumber() public latitude!: number;
  @requiredNumber() public longitude!: number;
}

/** The rollup contribution last applied for this posting (see rollups/rollup-contribution.ts). */
export class AppliedContribution {
  @requiredString() public day!: string;
  @stringList() public roles!: string[];
  @stringList() public skills!: string[];
  @nullableString() public countryCode!: string | null;
  @requiredString() public remote!: 'yes' | 'no' | 'unknown';
  @requiredString() public location!: string;
  @nullableNumber() public salaryMin!: number | null;
  @nullableNumber() public salaryMax!: number | null;
  @requiredString({ enum: POSTING_SOURCES }) public source!: PostingSource;
}

@storedAs('JobPosting', { collection: 'job_postings', timestamps: true }, { allowMixed: Severity.ERROR })
// Only the indexes a query of posting.repository uses: the analytics read rollups, never postings, and
// every other index (the original's date, skills, company, location, remote and salary ones) made each
// posting insert dearer (70–79 against 85 ms a page of 100 on the dev database, BENCHMARKS.md) for no reader.
@index({ firstSeenAt: 1 })
@index({ lastSeenAt: 1 })
export class JobPosting {
  /**
   * The source key: "theirstack:<id>" ("demo:<id>"), or "url:<url>" when the API
   * sent no id. Every posting has one, so the primary key never meets the nulls
   * that broke the original's sparse unique index, and lookups by it are the
   * fastest query on every MongoDB-compatible store.
   */
  @requiredString() public _id!: string;

  @requiredString({ enum: POSTING_SOURCES }) public source!: PostingSource;

  /** TheirStack's numeric job id, as a string; null when the API sent none. */
  @nullableString() public externalId!: string | null;

  @requiredString() public title!: string;
  @requiredString() public company!: string;
  @nullableString() public companyDomain!: string | null;

  /** Display form "City, Region, Country" (parts that are known). */
  @requiredString() public location!: string;

  @nullableString() public city!: string | null;
  @nullableString() public region!: string | null;
  @nullableString() public country!: string | null;
  @nullableString() public countryCode!: string | null;
  @prop({ type: String, default: '' }) public description!: string;
  @nullableString() public url!: string | null;
  @nullableDate() public datePosted!: Date | null;

  /** UTC day (YYYY-MM-DD) the posting counts on in analytics: date posted, else first seen. */
  @requiredString() public postedDay!: string;

  @nullableNumber() public minAnnualSalaryUsd!: number | null;
  @nullableNumber() public maxAnnualSalaryUsd!: number | null;
  @nullableBoolean() public remote!: boolean | null;
  @nullableBoolean() public hybrid!: boolean | null;
  @nullableString() public seniority!: string | null;
  @stringList() public employmentStatuses!: string[];

  /** TheirStack's slugs, lower-cased, as received. */
  @stringList() public technologySlugs!: string[];

  /** Canonical skill ids derived from the slugs; every analytic counts these. */
  @stringList() public skills!: string[];

  /** Normalised role keys of every search that found this posting. */
  @stringList() public roles!: string[];

  @stringList() public searchLocations!: string[];
  @prop({ type: () => Coordinates, default: null, _id: false }) public coordinates!: Coordinates | null;

  @prop({ type: () => AppliedContribution, default: null, _id: false })
  public contribution!: AppliedContribution | null;

  /**
   * The ingestion batch that inserted this posting: a batch interrupted after
   * inserting its new postings, but before journaling their rollup increments,
   * tells them from those stored before it by this number.
   */
  @prop({ type: Number }) public insertedByBatch?: number;

  @requiredDate() public firstSeenAt!: Date;
  @requiredDate() public lastSeenAt!: Date;

  public createdAt!: Date;
  public updatedAt!: Date;
}

export const JobPostingModel = getModelForClass(JobPosting);
