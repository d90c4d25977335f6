import pkg from '../../package.json' with { type: 'json' };

/** The engine version recorded in replays: package.json's version. */
export const ENGINE_VERSION: string = pkg.version;
