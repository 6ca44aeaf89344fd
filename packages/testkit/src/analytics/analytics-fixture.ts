import {
  addDays,
  type Clock,
  fixedClock,
  type LearningResourceCatalog,
  LearningRoadmapService,
  loadLearningResourceCatalog,
  SkillGapService,
  utcDay,
  WindowTotals,
} from '@career-navigator/domain/internal';
import { useTestDatabase } from '../services/index.js';

/** What the analytics services read under test: a fixed "now" and window totals over it. */
export interface AnalyticsFixture {
  readonly clock: Clock;
  /** Asks for the ingestion stamp on every read, since the tests ingest between reads. */
  readonly windowTotals: WindowTotals;
  /** datePosted and postedDay of a posting from the UTC day `days` days before now. */
  postedDaysAgo(days: number): { datePosted: Date; postedDay: string };
}

const ANALYTICS_NOW = '2026-11-22T12:00:00Z';

/** The clock and window totals of an analytics service under test. */
export function analyticsFixture(now: string = ANALYTICS_NOW): AnalyticsFixture {
  const clock = fixedClock(now);
  const today = utcDay(clock.now());
  return {
    clock,
    windowTotals: new WindowTotals({ clock, stalenessMs: 0 }),
    postedDaysAgo(days) {
      const postedDay = addDays(today, -days);
      return { datePosted: new Date(`${postedDay}T00:00:00Z`), postedDay };
    },
  };
}

export interface RoadmapFixture extends AnalyticsFixture {
  /** Wired as createDomain wires it: over a gap analysis sharing its reads. */
  readonly roadmaps: LearningRoadmapService;
  readonly catalog: LearningResourceCatalog;
}

/** A test database of the file's own and the roadmap service over it; call at a test file's top level. */
export function useRoadmapFixture(): RoadmapFixture {
  useTestDatabase();
  const fixture = analyticsFixture();
  const reads = { clock: fixture.clock, windowTotals: fixture.windowTotals };
  return {
    ...fixture,
    roadmaps: new LearningRoadmapService({ ...reads, gap: new SkillGapService(reads) }),
    catalog: loadLearningResourceCatalog(),
  };
}
