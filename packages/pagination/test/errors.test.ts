import { WorkflowsError } from "@mistral-workflows/client";
import { expect, expectTypeOf, test } from "vitest";
import { PaginationError, type LegacyPaginationErrorType, type PaginationErrorType } from "../src/index.js";

test.each<[PaginationErrorType, LegacyPaginationErrorType]>([
  ["repeated-cursor", "repeated_cursor"],
  ["invalid-page", "invalid_page"],
])("type is kebab-case (%s); the deprecated legacyType still matches %s", (type, legacy) => {
  const error = new PaginationError("m", type, "schedules.getSchedules", null);
  expect(error).toBeInstanceOf(WorkflowsError);
  expect(error.type).toBe(type);
  expect(error.legacyType).toBe(legacy);
  // Built with the old spelling (code written before the rename), it stores the new one.
  const old = new PaginationError("m", legacy, "schedules.getSchedules", null);
  expect(old.type).toBe(type);
  expect(old.legacyType).toBe(legacy);
});

test("comparing type with an old spelling is a compile error, never a silent mismatch", () => {
  const error = new PaginationError("m", "invalid-page", "schedules.getSchedules", "c");
  expectTypeOf(error.type).toEqualTypeOf<"repeated-cursor" | "invalid-page">();
  // @ts-expect-error "invalid_page" is no longer a value of `type`: use "invalid-page" (or legacyType)
  expect(error.type === "invalid_page").toBe(false);
});
