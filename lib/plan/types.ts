/**
 * The plan: a DAG of steps the engine walks. Shared by deploy (create plans) and cleanup
 * (destroy plans). Steps never hold AWS ids: inputs point at earlier steps' outputs
 * symbolically, and the engine resolves them at run time.
 */

/** e.g. "create:subnet:public-a", "delete:nat-gateway:lab-nat", "wait:load-balancer-enis:lab-alb". */
export type StepId = string;

export type StepAction = "create" | "update" | "delete" | "wait" | "noop";

/** A reference to an output of another step: `{ ref: "create:vpc:lab-vpc", attr: "VpcId" }`. */
export type OutputRef = { ref: StepId; attr: string };

export type StepInput = string | number | boolean | null | OutputRef | StepInput[] | { [key: string]: StepInput };

export type Step = {
  id: StepId;
  action: StepAction;
  /** Resource kind the handler is chosen by: "vpc", "subnet", "route", "igw-attachment", … */
  kind: string;
  /** The design entity this step belongs to (drives node status on the canvas). */
  logicalId: string;
  inputs: Record<string, StepInput>;
  /** One line for people: what the step does and, for waits, why it waits. */
  description: string;
};

export type Plan = {
  steps: Record<StepId, Step>;
  /** `[from, to]`: `to` starts only after `from` has finished and been journaled. */
  edges: Array<[from: StepId, to: StepId]>;
};

export function isOutputRef(value: unknown): value is OutputRef {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as OutputRef).ref === "string" && typeof (value as OutputRef).attr === "string";
}
