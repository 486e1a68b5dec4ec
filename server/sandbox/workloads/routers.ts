import "server-only";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { VpcRouter } from "./vpc-router";

/**
 * The VPC routers of one sandbox, one per VPC in a scope (sandbox account + region, ./scope.ts),
 * started on first use. VPC ids are per account in moto, so the key carries the scope: two
 * students' VPCs never share a router even if their ids and CIDRs looked alike.
 */
export class Routers {
  private starting = new Map<string, Promise<VpcRouter>>();
  /** The routers that finished starting (the proxy and health checks cannot wait for one). */
  private ready = new Map<string, VpcRouter>();

  constructor(private readonly prefix: string, private readonly socketDir: string) {}

  /** The VPC's router, starting it if needed (a failed start is forgotten, to try again). */
  get(scope: string, vpcId: string): Promise<VpcRouter> {
    const key = `${scope}/${vpcId}`;
    let router = this.starting.get(key);
    if (!router) {
      mkdirSync(this.socketDir, { recursive: true, mode: 0o700 });
      const created = new VpcRouter(`${this.prefix}-r-${vpcId}`, path.join(this.socketDir, `${vpcId}.sock`));
      router = created.start().then(() => created);
      this.starting.set(key, router);
      router.then((ready) => this.ready.set(key, ready)).catch(() => this.starting.delete(key));
    }
    return router;
  }

  /** The VPC's router if it is up now, else undefined (never waits). */
  now(scope: string, vpcId: string): VpcRouter | undefined {
    const key = `${scope}/${vpcId}`;
    return this.starting.has(key) ? this.ready.get(key) : undefined;
  }

  /** Stops every router and removes their sockets' folder. */
  async stopAll(): Promise<void> {
    const routers = [...this.starting.values()];
    this.starting.clear();
    this.ready.clear();
    await Promise.all(routers.map(async (router) => (await router.catch(() => undefined))?.stop()));
    rmSync(this.socketDir, { recursive: true, force: true });
  }
}
