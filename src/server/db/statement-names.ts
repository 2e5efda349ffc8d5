/**
 * The SQL of every statement `prepared()` (prepared.ts) compiled for PostgreSQL, with the name it is prepared
 * under on each connection (the pg client in index.ts looks the name up by the statement's text).
 */
export const statementNames = new Map<string, string>();
