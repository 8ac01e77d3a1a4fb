/** Every command of the program, registered in the order `--help` lists them. */
import type { Command } from "commander";
import type { Define } from "../define.js";
import { registerActionCommands } from "./actions.js";
import { registerDeploymentCommands } from "./deployments.js";
import { registerEventCommands } from "./events.js";
import { registerExecutionCommands } from "./executions.js";
import { registerInspectCommands } from "./inspect.js";
import { registerRunCommands } from "./runs.js";
import { registerScheduleCommands } from "./schedules.js";
import { registerTypegenCommand } from "./typegen.js";
import { registerWorkflowCommands } from "./workflows.js";

/** Adds every command to `program`. */
export function registerCommands(program: Command, define: Define): void {
  registerExecutionCommands(program, define);
  registerInspectCommands(program, define);
  registerActionCommands(program, define);
  registerWorkflowCommands(program, define);
  registerScheduleCommands(program, define);
  registerEventCommands(program, define);
  registerDeploymentCommands(program, define);
  registerRunCommands(program, define);
  registerTypegenCommand(program, define);
}
