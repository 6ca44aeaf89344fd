export { RoadmapPage } from './RoadmapPage.js';
