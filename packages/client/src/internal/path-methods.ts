/** The HTTP methods of openapi-fetch's client: the path client's methods (`client.GET(path, init)`…). */
export const PATH_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
