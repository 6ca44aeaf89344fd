import { getModelForClass, index, modelOptions, prop, Severity } from '@typegoose/typegoose';

export const POSTING_SOURCES = ['theirstack', 'demo'] as const;
export type PostingSource = (typeof POSTING_SOURCES)[number];

export class Coordinates {
  @prop({ type: Number, required: true })
  public latitude!: number;

  @prop({ type: Number, required: true })
  public longitude!: number;
}

/** The rollup contribution last applied for this posting (see rollups/rollup-contribution.ts). */
export class AppliedContribution {
  @prop({ type: String, required: true })
  public day!: string;

  @prop({ type: () => [String], default: [] })
  public roles!: string[];

  @prop({ type: () => [String], default: [] })
  public skills!: string[];

  @prop({ type: String, default: null })
  public countryCode!: string | null;

  @prop({ type: String, required: true })
  public remote!: 'yes' | 'no' | 'unknown';

  @prop({ type: String, required: true })
  public location!: string;

  @prop({ type: Number, default: null })
  public salaryMin!: number | null;

  @prop({ type: Number, default: null })
  public salaryMax!: number | null;

  @prop({ type: String, required: true, enum: POSTING_SOURCES })
  public source!: PostingSource;
}

@modelOptions({
  schemaOptions: { collection: 'job_postings', timestamps: true },
  options: { customName: 'JobPosting', allowMixed: Severity.ERROR },
})
@index({ url: 1 })
@index({ roles: 1, postedDay: 1 })
@index({ postedDay: 1 })
@index({ firstSeenAt: 1 })
@index({ lastSeenAt: 1 })
@index({ skills: 1 })
@index({ company: 1 })
@index({ countryCode: 1 })
@index({ remote: 1 })
@index({ minAnnualSalaryUsd: 1, maxAnnualSalaryUsd: 1 })
export class JobPosting {
  /**
   * The source key: "theirstack:<id>" ("demo:<id>"), or "url:<url>" when the API
   * sent no id. Every posting has one, so the primary key never meets the nulls
   * that broke the original's sparse unique index, and lookups by it are the
   * fastest query on every MongoDB-compatible store.
   */
  @prop({ type: String, required: true })
  public _id!: string;

  @prop({ type: String, required: true, enum: POSTING_SOURCES })
  public source!: PostingSource;

  /** TheirStack's numeric job id, as a string; null when the API sent none. */
  @prop({ type: String, default: null })
  public externalId!: string | null;

  @prop({ type: String, required: true })
  public title!: string;

  @prop({ type: String, required: true })
  public company!: string;

  @prop({ type: String, default: null })
  public companyDomain!: string | null;

  /** Display form "City, Region, Country" (parts that are known). */
  @prop({ type: String, required: true })
  public location!: string;

  @prop({ type: String, default: null })
  public city!: string | null;

  @prop({ type: String, default: null })
  public region!: string | null;

  @prop({ type: String, default: null })
  public country!: string | null;

  @prop({ type: String, default: null })
  public countryCode!: string | null;

  @prop({ type: String, default: '' })
  public description!: string;

  @prop({ type: String, default: null })
  public url!: string | null;

  @prop({ type: Date, default: null })
  public datePosted!: Date | null;

  /** UTC day (YYYY-MM-DD) the posting counts on in analytics: date posted, else first seen. */
  @prop({ type: String, required: true })
  public postedDay!: string;

  @prop({ type: Number, default: null })
  public minAnnualSalaryUsd!: number | null;

  @prop({ type: Number, default: null })
  public maxAnnualSalaryUsd!: number | null;

  @prop({ type: Boolean, default: null })
  public remote!: boolean | null;

  @prop({ type: Boolean, default: null })
  public hybrid!: boolean | null;

  @prop({ type: String, default: null })
  public seniority!: string | null;

  @prop({ type: () => [String], default: [] })
  public employmentStatuses!: string[];

  /** TheirStack's slugs, lower-cased, as received. */
  @prop({ type: () => [String], default: [] })
  public technologySlugs!: string[];

  /** Canonical skill ids derived from the slugs; every analytic counts these. */
  @prop({ type: () => [String], default: [] })
  public skills!: string[];

  /** Normalised role keys of every search that found this posting. */
  @prop({ type: () => [String], default: [] })
  public roles!: string[];

  @prop({ type: () => [String], default: [] })
  public searchLocations!: string[];

  @prop({ type: () => Coordinates, default: null, _id: false })
  public coordinates!: Coordinates | null;

  @prop({ type: () => AppliedContribution, default: null, _id: false })
  public contribution!: AppliedContribution | null;

  /**
   * The ingestion batch that inserted this posting: a batch interrupted after
   * inserting its new postings, but before journaling their rollup increments,
   * tells them from those stored before it by this number.
   */
  @prop({ type: Number })
  public insertedByBatch?: number;

  @prop({ type: Date, required: true })
  public firstSeenAt!: Date;

  @prop({ type: Date, required: true })
  public lastSeenAt!: Date;

  public createdAt!: Date;
  public updatedAt!: Date;
}

export const JobPostingModel = getModelForClass(JobPosting);
