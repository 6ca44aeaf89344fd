export { GapPage } from './GapPage.js';
