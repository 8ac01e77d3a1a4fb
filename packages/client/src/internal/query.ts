/**
 * The query style of the spec: OpenAPI's default for query parameters (style: form, explode: true),
 * objects included, so `metadata_filters: { team: "a" }` goes out as `team=a`, as the spec (and the
 * official SDK) send it. Written by openapi-fetch's serializer.
 */
import { createQuerySerializer, type QuerySerializerOptions } from "openapi-fetch";

/** The spec's query style, and openapi-fetch's serializer for it. */
export function createQueryStyle(): {
  queryStyle: QuerySerializerOptions;
  querySerializer: (query: Record<string, unknown>) => string;
} {
  const queryStyle = {
    array: { style: "form", explode: true },
    object: { style: "form", explode: true },
  } as const;
  return { queryStyle, querySerializer: createQuerySerializer(queryStyle) };
}
