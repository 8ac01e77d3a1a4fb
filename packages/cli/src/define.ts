/**
 * How a command's body is written and wired: the type of an action, and of the `define` wrapper that
 * `program.ts` hands to each command module to turn an action into a commander action.
 */
import type { Context } from "./context.js";

/** A command's body: gets the context and commander's arguments; returns an exit code (default 0). */
export type Action = (ctx: Context, ...args: any[]) => Promise<number | void>;

/** Wraps an {@link Action} as a commander action: builds the context and runs it. */
export type Define = (action: Action) => (...args: any[]) => Promise<void>;
