/**
 * Matches a method and path against the spec's path templates. As in the real service, a literal
 * segment wins over a template at the same position (`/v1/workflows/schedules` is the schedules list,
 * not the workflow named "schedules"; `/v1/workflows/executions/cancel` is the batch cancel).
 */
import type { OperationDef } from "./spec.js";

type Segment = { literal: string } | { param: string };

interface Route {
  op: OperationDef;
  segments: Segment[];
}

/** The outcome of {@link Router.match}. */
export type RouteMatch =
  | { kind: "found"; op: OperationDef; pathParams: Record<string, string> }
  | { kind: "not-found" }
  | { kind: "method-not-allowed"; allow: string[] };

// A trailing slash is kept (an empty last segment), so `/v1/workflows/runs/` is not the runs list:
// as in the API, it matches no route and is a 404.
function split(path: string): string[] {
  return path.split("/").slice(1);
}

/** A router over the operations of one spec. */
export class Router {
  private readonly routes: Route[];

  constructor(ops: OperationDef[]) {
    this.routes = ops.map((op) => ({
      op,
      segments: split(op.path).map((s) => {
        const m = /^\{(.+)\}$/.exec(s);
        return m ? { param: m[1]! } : { literal: s };
      }),
    }));
  }

  /** How many operations it routes. */
  get size(): number {
    return this.routes.length;
  }

  /** Finds the operation for `method` and the (still percent-encoded) `pathname`. */
  match(method: string, pathname: string): RouteMatch {
    const parts = split(pathname);
    let best: { route: Route; params: Record<string, string>; score: number[] } | null = null;
    const allow = new Set<string>();
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const score: number[] = [];
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const seg = route.segments[i]!;
        const part = parts[i]!;
        if ("literal" in seg) {
          ok = seg.literal === part;
          score.push(0);
        } else {
          let value: string;
          try {
            value = decodeURIComponent(part);
          } catch {
            value = part;
          }
          ok = value !== "";
          params[seg.param] = value;
          score.push(1);
        }
      }
      if (!ok) continue;
      if (route.op.method !== method) {
        allow.add(route.op.method);
        continue;
      }
      if (!best || compare(score, best.score) < 0) best = { route, params, score };
    }
    // As in Starlette, a path that fits a route of another method only is a 405, but a full match
    // elsewhere wins (GET `/executions/cancel` is the execution named "cancel").
    if (best) return { kind: "found", op: best.route.op, pathParams: best.params };
    return allow.size ? { kind: "method-not-allowed", allow: [...allow] } : { kind: "not-found" };
  }
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
