import "server-only";
import { fieldValue } from "../../lib/live/text";
import { StepError } from "../aws/errors";
import { testLoadBalancer } from "../live/alb-test";
import { workRunner } from "../work";

/** The one server function behind each live-status action (the actions only parse input), through the app's work runner. */
export const liveStatusActions = {
  status: async (id: string) => (await workRunner()).status(id),
  async testLoadBalancer(id: string, count: number) {
    const runner = await workRunner();
    const row = await runner.row(id);
    const reading = await runner.reading(id);
    const alb = reading.view.rows.find((r) => r.kind === "load-balancer" && r.state === "active");
    const dnsName = alb && fieldValue(alb, "labelDnsName");
    if (!dnsName) throw new StepError("NotFound", "This deployment has no active load balancer to test yet.");
    return testLoadBalancer(dnsName, { count, sandboxEndpoint: row.target.kind === "sandbox" ? row.target.endpoint : undefined });
  },
  consoleOutput: async (id: string, logicalId: string) => (await workRunner()).consoleOutput(id, logicalId),
};
