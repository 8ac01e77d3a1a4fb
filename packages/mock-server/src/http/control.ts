/**
 * The `/_mock/…` control endpoints (no API key): read and move the clock, list, add and clear
 * server-wide faults, read and clear the recorded requests, supply a connector's credentials. For tests
 * written in any language.
 */
import type { TaskClock } from "../clock.js";
import type { FaultRegistry, FaultRule } from "../faults.js";
import type { RequestLog } from "./request-log.js";
import type { Responder } from "./responses.js";

/** Answers a control request; `null` when `path` is not under `/_mock/`. */
export type ControlEndpoints = (method: string, path: string, bodyText: string) => Response | null;

/** Creates the control endpoints over a server's clock, faults and request log. */
export function createControlEndpoints(deps: {
  clock: TaskClock;
  faults: FaultRegistry;
  requests: RequestLog;
  responder: Responder;
  /** Supplies a connector's credentials (`MockServer.authorizeConnector`); throws a `TypeError` for bad input. */
  authorizeConnector: (connectorName: string, credentialsName?: string | null) => void;
}): ControlEndpoints {
  const { clock, faults, requests, responder } = deps;
  const json = responder.json;
  const clockState = () => ({
    now: clock.now().toISOString(),
    mode: clock.mode,
    next_task_at: clock.nextTaskAt()?.toISOString() ?? null,
  });
  return (method, path, bodyText) => {
    if (!path.startsWith("/_mock/")) return null;
    let body: Record<string, unknown> = {};
    try {
      body = bodyText ? JSON.parse(bodyText) : {};
      if (method === "GET" && path === "/_mock/clock") return json(200, clockState());
      if (method === "POST" && path === "/_mock/clock/advance") {
        clock.advance(Number(body.ms));
        return json(200, clockState());
      }
      if (method === "POST" && path === "/_mock/clock/set") {
        clock.set(body.time as string);
        return json(200, clockState());
      }
      if (method === "GET" && path === "/_mock/faults") return json(200, { rules: faults.rules });
      if (method === "POST" && path === "/_mock/faults") {
        faults.add(body as FaultRule);
        return json(200, { rules: faults.rules });
      }
      if (method === "DELETE" && path === "/_mock/faults") {
        faults.clear();
        return json(200, { rules: [] });
      }
      if (method === "GET" && path === "/_mock/requests") return json(200, { requests: requests.list });
      if (method === "DELETE" && path === "/_mock/requests") {
        requests.list.length = 0;
        return json(200, { requests: [] });
      }
      if (method === "POST" && path === "/_mock/connectors/authorize") {
        deps.authorizeConnector(body.connector_name as string, (body.credentials_name as string) ?? null);
        return json(200, { authorized: body.connector_name });
      }
      return json(404, { detail: "Unknown control endpoint" });
    } catch (error) {
      return json(400, { detail: (error as Error).message });
    }
  };
}
