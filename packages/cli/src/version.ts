declare const __CLI_VERSION__: string | undefined;

/** This package's version, set at build time (`0.0.0-dev` when run from source). */
export const VERSION: string = typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "0.0.0-dev";
