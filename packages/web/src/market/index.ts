export { MarketPage } from './MarketPage.js';
