export * from './settings';
export * from './protocol';
export * from './config';
