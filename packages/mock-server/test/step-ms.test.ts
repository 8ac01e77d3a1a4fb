import { ValidationError } from "@mistral-workflows/client";
import { expect, test } from "vitest";
import type { ExecutionBehaviour } from "../src/index.js";
import { setup } from "./helpers.js";

/** Starts one execution and returns the clock time between its first two events, and its behaviour. */
async function firstStep(options: Parameters<typeof setup>[0], mock?: ExecutionBehaviour) {
  const { api, client } = setup(options);
  const { execution_id } = await client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: mock ? { _mock: mock } : {},
  });
  const gap = api.clock.nextTaskAt()!.getTime() - api.clock.nowMs();
  return { gap, behaviour: api.state.executions.get(execution_id)!.behaviour };
}

test.each<[string, Parameters<typeof setup>[0], ExecutionBehaviour | undefined, number]>([
  ["the server's stepMs", { stepMs: 250 }, undefined, 250],
  ["a workflow's behaviour stepMs", { behaviours: { "support-workflow": { stepMs: 70 } } }, undefined, 70],
  ["_mock stepMs", {}, { stepMs: 30 }, 30],
  ["_mock step_ms (deprecated, still accepted)", {}, { step_ms: 40 }, 40],
  ["a workflow's deprecated step_ms", { behaviours: { "support-workflow": { step_ms: 80 } } }, undefined, 80],
  [
    "_mock stepMs over a workflow's step_ms",
    { behaviours: { "support-workflow": { step_ms: 80 } } },
    { stepMs: 20 },
    20,
  ],
  [
    "_mock step_ms over a workflow's stepMs",
    { behaviours: { "support-workflow": { stepMs: 80 } } },
    { step_ms: 15 },
    15,
  ],
])("%s sets the time between events", async (_name, options, mock, want) => {
  const { gap, behaviour } = await firstStep(options, mock);
  expect(gap).toBe(want);
  expect(behaviour).toMatchObject({ stepMs: want, step_ms: want });
});

test("stepMs and step_ms with different values in one _mock are a 422 naming step_ms, and nothing starts", async () => {
  const { api, client } = setup();
  const started = client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { _mock: { stepMs: 10, step_ms: 20 } },
  });
  await expect(started).rejects.toBeInstanceOf(ValidationError);
  const error = (await started.catch((e) => e)) as ValidationError;
  expect(error.detail.map((d) => d.loc.join("."))).toEqual(["body.input._mock.step_ms"]);
  expect(api.state.executions.size).toBe(0);
});

test("an out-of-range stepMs is a 422 under the name it was given", async () => {
  const { client } = setup();
  const started = client.workflows.executeWorkflow({
    workflow_identifier: "support-workflow",
    input: { _mock: { stepMs: -1 } },
  });
  await expect(started).rejects.toMatchObject({ status: 422 });
  const error = (await started.catch((e) => e)) as ValidationError;
  expect(error.detail.map((d) => d.loc.join("."))).toEqual(["body.input._mock.stepMs"]);
});
