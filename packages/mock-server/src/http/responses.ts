/**
 * Building responses: every one gets an `x-request-id`; JSON bodies their content type; a
 * `dropAfterBytes` fault cuts any body short.
 */
import type { ResolvedFault } from "../faults.js";
import { dropAfterBytes, textStream } from "./sse.js";

/** Makes the responses of one server (the request ids count per server). */
export interface Responder {
  /** A response with `body` (text or a stream; `null` for none). */
  raw(
    status: number,
    body: string | ReadableStream<Uint8Array> | null,
    headers?: Record<string, string>,
    fault?: ResolvedFault | null,
  ): Response;
  /** A JSON response. */
  json(
    status: number,
    body: unknown,
    headers?: Record<string, string>,
    fault?: ResolvedFault | null,
  ): Response;
}

/** Creates the responder of one server. */
export function createResponder(): Responder {
  let count = 0;
  const responder: Responder = {
    raw(status, body, headers = {}, fault = null) {
      let stream: ReadableStream<Uint8Array> | null = null;
      if (body !== null) stream = typeof body === "string" ? textStream(body) : body;
      if (stream && fault?.dropAfterBytes !== undefined)
        stream = dropAfterBytes(stream, fault.dropAfterBytes);
      return new Response(status === 204 || status === 304 ? null : stream, {
        status,
        headers: { "x-request-id": `req_${++count}`, ...headers },
      });
    },
    json(status, body, headers = {}, fault = null) {
      return responder.raw(
        status,
        JSON.stringify(body),
        { "content-type": "application/json", ...headers },
        fault,
      );
    },
  };
  return responder;
}
