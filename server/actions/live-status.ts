import "server-only";
import { fieldValue } from "../../lib/live/text";
import { StepError } from "../aws/errors";
import { sharedJournal } from "../engine/journal-instance";
import { testLoadBalancer } from "../live/alb-test";
import { readConsoleOutput } from "../live/console-output";
import { deploymentStatus } from "../live/deployment-status";
import { readDeploymentStatus } from "../live/service";
import { deploymentRow } from "./run-action";

/** The one server function behind each live-status action (the actions only parse input), on the app's shared journal. */
export const liveStatusActions = {
  status: (id: string) => deploymentStatus(sharedJournal(), deploymentRow(id)),
  async testLoadBalancer(id: string, count: number) {
    const row = deploymentRow(id);
    const reading = await readDeploymentStatus(sharedJournal(), row);
    const alb = reading.view.rows.find((r) => r.kind === "load-balancer" && r.state === "active");
    const dnsName = alb && fieldValue(alb, "labelDnsName");
    if (!dnsName) throw new StepError("NotFound", "This deployment has no active load balancer to test yet.");
    return testLoadBalancer(dnsName, { count, sandboxEndpoint: row.target.kind === "sandbox" ? row.target.endpoint : undefined });
  },
  consoleOutput: (id: string, logicalId: string) => readConsoleOutput(sharedJournal(), deploymentRow(id), logicalId),
};
