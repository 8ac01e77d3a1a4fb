/**
 * The `int64` option of the client, for streams: each message's data is parsed with the client's
 * lossless parser (integers past 2^53 kept exact), and the decoder reads that instead of `JSON.parse`.
 */
import type { WorkflowsClient } from "@mistral-workflows/client";
import { PARSED_DATA, type Decoder } from "../sse-decode.js";

/** `decode`, reading the data through the client's parser when it is not plain `JSON.parse`. */
export function withClientParser<T>(client: WorkflowsClient, decode: Decoder<T>): Decoder<T> {
  const parser = client.jsonParser;
  if (!parser || parser.mode === "number") return decode;
  return (message, lastEventId) => {
    let value: unknown;
    try {
      value = parser.parse(message.data);
    } catch {
      return decode(message, lastEventId); // not JSON: the decoder reports it as it always does
    }
    return decode({ ...message, [PARSED_DATA]: value } as typeof message, lastEventId);
  };
}
