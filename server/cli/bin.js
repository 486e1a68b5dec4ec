#!/usr/bin/env node
// `vpcd`: the command-line face of VPC Designer. The commands live in server/cli/commands.
import { runTs } from "./run-ts.js";

runTs("server/cli/main.ts", process.argv.slice(2));
