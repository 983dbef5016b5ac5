/**
 * The ledger: every claim from every report in one database, behind one interface.
 */
export { openLedger, resolveDbLocation, DEFAULT_DB } from './db.js';
export type * from './types.js';
