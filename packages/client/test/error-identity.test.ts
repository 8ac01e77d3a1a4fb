import { expect, test, vi } from "vitest";

/** A second, independent copy of the client's errors module, as a second installed copy would be. */
async function twoCopies() {
  const first = await import("../src/errors.js");
  vi.resetModules();
  const second = await import("../src/errors.js");
  return { first, second };
}

const headers = new Headers();

test("the two copies really are distinct classes", async () => {
  const { first, second } = await twoCopies();
  expect(first.NotFoundError).not.toBe(second.NotFoundError);
  expect(Object.getPrototypeOf(new first.NotFoundError(404, undefined, headers))).not.toBe(
    second.NotFoundError.prototype,
  );
});

test.each([
  ["WorkflowsAPIError", (m: typeof import("../src/errors.js")) => new m.WorkflowsAPIError(418, "", headers)],
  ["BadRequestError", (m: typeof import("../src/errors.js")) => new m.BadRequestError(400, {}, headers)],
  [
    "AuthenticationError",
    (m: typeof import("../src/errors.js")) => new m.AuthenticationError(401, {}, headers),
  ],
  [
    "PermissionDeniedError",
    (m: typeof import("../src/errors.js")) => new m.PermissionDeniedError(403, {}, headers),
  ],
  ["NotFoundError", (m: typeof import("../src/errors.js")) => new m.NotFoundError(404, {}, headers)],
  ["ConflictError", (m: typeof import("../src/errors.js")) => new m.ConflictError(409, {}, headers)],
  ["ValidationError", (m: typeof import("../src/errors.js")) => new m.ValidationError(422, {}, headers)],
  ["RateLimitError", (m: typeof import("../src/errors.js")) => new m.RateLimitError(429, {}, headers)],
  [
    "InternalServerError",
    (m: typeof import("../src/errors.js")) => new m.InternalServerError(500, {}, headers),
  ],
  ["InvalidArgumentError", (m: typeof import("../src/errors.js")) => new m.InvalidArgumentError("x", "a")],
  ["APIConnectionError", (m: typeof import("../src/errors.js")) => new m.APIConnectionError("x")],
  [
    "APIConnectionTimeoutError",
    (m: typeof import("../src/errors.js")) => new m.APIConnectionTimeoutError("x"),
  ],
  ["APIUserAbortError", (m: typeof import("../src/errors.js")) => new m.APIUserAbortError("x")],
  [
    "InvalidResponseError",
    (m: typeof import("../src/errors.js")) => new m.InvalidResponseError("x", 200, ""),
  ],
] as const)("a %s made by one copy is an instance of the other copy's classes", async (name, make) => {
  const { first, second } = await twoCopies();
  const error = make(first);
  const Other = second[name] as unknown as abstract new (...args: never[]) => unknown;
  expect(error instanceof Other).toBe(true);
  expect(error instanceof second.WorkflowsError).toBe(true);
  expect(make(second) instanceof (first[name] as unknown as abstract new (...args: never[]) => unknown)).toBe(
    true,
  );
});

test("brands do not make unrelated classes match, across copies or within one", async () => {
  const { first, second } = await twoCopies();
  const notFound = new first.NotFoundError(404, {}, headers);
  expect(notFound instanceof second.ConflictError).toBe(false);
  expect(notFound instanceof second.APIConnectionError).toBe(false);
  expect(new first.APIConnectionTimeoutError("t") instanceof second.APIConnectionError).toBe(true);
  expect(new first.APIConnectionError("c") instanceof second.APIConnectionTimeoutError).toBe(false);
  expect(new Error("plain") instanceof second.WorkflowsError).toBe(false);
  expect({ name: "NotFoundError", status: 404 } instanceof second.NotFoundError).toBe(false);
  expect((null as object | null) instanceof second.WorkflowsError).toBe(false);
});

test("a subclass without a brand of its own still works by prototype, and never matches across copies", async () => {
  const { first, second } = await twoCopies();
  class MyError extends first.NotFoundError {}
  const error = new MyError(404, {}, headers);
  expect(error instanceof MyError).toBe(true);
  expect(error instanceof second.NotFoundError).toBe(true);
  expect(new first.NotFoundError(404, {}, headers) instanceof MyError).toBe(false);
});

test("the brands stay out of JSON and of the enumerable keys", async () => {
  const { first } = await twoCopies();
  const error = new first.NotFoundError(404, { detail: "gone" }, headers);
  expect(Object.keys(error)).not.toContain("errorBrand");
  expect(JSON.stringify(error)).not.toContain("brand");
  expect(error.name).toBe("NotFoundError");
});
