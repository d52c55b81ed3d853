/** The one CSV module (core): read.ts reads what Excel writes, write.ts writes what it reads. */
export * from './read';
export * from './write';
