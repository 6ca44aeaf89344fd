export { BarChart, type BarDatum } from './BarChart.js';
export { remoteLabel, remoteSplitData } from './remote-split.js';
