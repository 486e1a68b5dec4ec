"use client";
import type { Design } from "../../lib/design/schema";
import type { EntityKind } from "../../lib/design/constants";
import { InstanceAnswers } from "./instance-answers";
import { ReachAnswerView } from "./reach-answer";
import { ReachForm } from "./reach-form";

const ENDS: readonly EntityKind[] = ["instance", "subnet", "load-balancer"];

/** The inspector's reachability part for an end (instance, subnet, load balancer); nothing for other kinds. */
export function ReachSection({ design, id, kind }: { design: Design; id: string; kind: EntityKind }) {
  if (!ENDS.includes(kind)) return null;
  return (
    <div className="reach-section" data-testid="reach-section">
      {kind === "instance" ? <InstanceAnswers design={design} id={id} /> : null}
      <ReachForm design={design} id={id} />
      <ReachAnswerView design={design} />
    </div>
  );
}
