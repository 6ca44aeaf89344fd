export { BarChart, type BarDatum } from './BarChart.js';
export { RemoteSplitChart } from './RemoteSplitChart.js';
export { remoteLabel, remoteSplitData } from './remote-split.js';
