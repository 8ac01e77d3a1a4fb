/** Bearer authentication, as the API does it: `Authorization: Bearer <api key>`. */

/** The caller's API key, or why the request is refused (`null` when accepted). */
export function authenticate(
  authorization: string | null,
  apiKey: string | undefined,
): { token: string; refusal: null } | { token: null; refusal: string } {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!token)
    return { token: null, refusal: "Missing or malformed Authorization header: expected 'Bearer <api key>'" };
  if (apiKey !== undefined && token !== apiKey) return { token: null, refusal: "Invalid API key" };
  return { token, refusal: null };
}
