export {
  type AnalyticsFixture,
  analyticsFixture,
  type RoadmapFixture,
  useRoadmapFixture,
} from './analytics-fixture.js';
