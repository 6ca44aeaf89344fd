export { MarketResolver } from './market.resolver.js';
