export { aliasedCopies, fragmentBomb, MARKET_TRENDS_SELECTION } from './hostile-documents.js';
