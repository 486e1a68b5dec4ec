import "server-only";
import { isOutputRef, type StepId, type StepInput } from "../../lib/plan/types";
import type { StepOutputs } from "../../lib/deploy/types";
import { StepError } from "../aws/errors";

/** Inputs with every `{ ref, attr }` replaced by the AWS value an earlier step produced. */
export type ResolvedValue = string | number | boolean | null | ResolvedValue[] | { [key: string]: ResolvedValue };
export type ResolvedInputs = Record<string, ResolvedValue>;

/** Resolves symbolic references; a missing output is a programmer error in the plan or a handler. */
export function resolveInputs(inputs: Record<string, StepInput>, outputs: Map<StepId, StepOutputs>): ResolvedInputs {
  const resolve = (value: StepInput): ResolvedValue => {
    if (isOutputRef(value)) {
      const produced = outputs.get(value.ref)?.[value.attr];
      if (produced === undefined) throw new StepError("UnresolvedReference", `${value.ref} produced no ${value.attr}`);
      return produced;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, resolve(v)]));
}
