#!/usr/bin/env node
// Stable entry for the `mistral-workflows` command; the CLI itself is built into dist/.
import "../dist/cli.js";
