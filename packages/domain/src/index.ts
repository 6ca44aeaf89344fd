import 'reflect-metadata';

export * from './config/index.js';
export * from './database/index.js';
export * from './errors/index.js';
export * from './logging/index.js';
export * from './postings/index.js';
export * from './users/index.js';
