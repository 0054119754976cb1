// The files module: imports its types, queries and mutations so schema/index.ts stays a list of modules.
export {};
