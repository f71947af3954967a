/**
 * Where PGlite keeps its files when the caller names no directory, relative to the working directory:
 * the one default the store, the server and the CLI share. Its own module, so a caller reads it
 * without loading the store.
 */
export const DEFAULT_DATA_DIR = './.hutong';
export const DEFAULT_SCHEMA = 'hutong';
