/** The repository root, for scripts that must not load the generator (render.ts pulls in prettier). */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
