/** Types of scenario.mjs (plain JavaScript, so that every runtime runs the same file). */
export declare const SMOKE_ENCRYPTION_KEY: string;
export declare function runScenario(
  packages: unknown,
  target: { baseUrl: string; apiKey: string },
): Promise<Record<string, unknown>>;
export declare function runtimeName(): string;
