import "server-only";

/** AWS's typical transition times, in milliseconds at time scale 1 (docs/aws-facts.md §7.1, §8.1). */
export const BASE_DELAYS_MS = {
  natAvailable: 90_000,
  natDeleted: 60_000,
  albActive: 150_000,
  instanceRunning: 15_000,
  instanceTerminated: 45_000,
  albInterfacesLinger: 30_000,
  /** After `running`, ELBv2 still answers InvalidTarget to RegisterTargets for a while (docs/aws-facts.md §13.4). */
  targetRegistrable: 20_000,
} as const;

type NatRecord = { createdAt: number; deletedAt?: number; allocationId?: string; failure?: NatFailure };

/** Why AWS failed a NAT gateway: its FailureCode and FailureMessage. */
export type NatFailure = { code: string; message: string };
type InstanceRecord = { launchedAt: number; terminatedAt?: number };
/** What an ALB occupies; kept after DeleteLoadBalancer while its network interfaces linger. */
export type AlbRecord = { arn: string; name: string; createdAt: number; deletedAt?: number; subnetIds: string[]; securityGroupIds: string[]; internetFacing: boolean };

export const INSTANCE_CODES: Record<string, number> = { pending: 0, running: 16, "shutting-down": 32, terminated: 48, stopping: 64, stopped: 80 };

/**
 * The layer's memory of when things were created and deleted, from which it derives the state
 * AWS would report now. moto flips every resource to its final state at once; the layer reads
 * moto's state and holds it back until the scaled delay has passed. Delays are evaluated
 * against the current scale, so a runtime `configure({ timeScale })` applies to everything.
 */
export class Clocks {
  private nats = new Map<string, NatRecord>();
  private instances = new Map<string, InstanceRecord>();
  private albs = new Map<string, AlbRecord>();

  constructor(public scale: number, private readonly now: () => number = Date.now) {}

  reset(): void {
    this.nats.clear();
    this.instances.clear();
    this.albs.clear();
  }

  natCreated(id: string, allocationId?: string): void {
    this.nats.set(id, { createdAt: this.now(), allocationId });
  }

  /** The NAT gateway will end `failed` instead of `available` (AWS decides while it is pending). */
  natFailed(id: string, failure: NatFailure): void {
    const record = this.nats.get(id);
    if (record) this.nats.set(id, { ...record, failure });
  }

  natFailure(id: string): NatFailure | undefined {
    const record = this.nats.get(id);
    return record?.deletedAt === undefined ? record?.failure : undefined;
  }

  natDeleted(id: string): void {
    const record = this.nats.get(id) ?? { createdAt: 0 };
    if (record.deletedAt === undefined) this.nats.set(id, { ...record, deletedAt: this.now() });
  }

  /** NAT state AWS would show: `pending` for ~90 s, `deleting` for ~60 s after delete. */
  natState(id: string, motoState: string): string {
    const record = this.nats.get(id);
    if (!record) return motoState;
    if (record.deletedAt !== undefined) return this.elapsed(record.deletedAt, "natDeleted") ? "deleted" : "deleting";
    // moto reports `available` at once; a remembered create answer (a ClientToken replay) says `pending`.
    if (motoState === "available" || motoState === "pending") return this.elapsed(record.createdAt, "natAvailable") ? (record.failure ? "failed" : "available") : "pending";
    return motoState;
  }

  instanceLaunched(id: string): void {
    this.instances.set(id, { launchedAt: this.now() });
  }

  instanceTerminated(id: string): void {
    const record = this.instances.get(id) ?? { launchedAt: 0 };
    if (record.terminatedAt === undefined) this.instances.set(id, { ...record, terminatedAt: this.now() });
  }

  /** Instance state AWS would show: `pending` for ~15 s, `shutting-down` for ~45 s after terminate. */
  instanceState(id: string, motoState: string): string {
    const record = this.instances.get(id);
    if (!record) return motoState;
    if (motoState === "terminated" && record.terminatedAt !== undefined && !this.elapsed(record.terminatedAt, "instanceTerminated")) return "shutting-down";
    if (motoState === "running" || motoState === "pending") return this.elapsed(record.launchedAt, "instanceRunning") ? "running" : "pending";
    return motoState;
  }

  /**
   * False while AWS would still refuse to register the instance as a target: before it runs,
   * and for ~20 s after. Instances the layer did not launch are left to moto.
   */
  instanceRegistrable(id: string): boolean {
    const record = this.instances.get(id);
    if (!record) return true;
    const delay = (BASE_DELAYS_MS.instanceRunning + BASE_DELAYS_MS.targetRegistrable) * this.scale;
    return this.now() - record.launchedAt >= delay;
  }

  albCreated(record: Omit<AlbRecord, "createdAt" | "deletedAt">): void {
    this.albs.set(record.arn, { ...record, createdAt: this.now() });
  }

  albDeleted(arn: string): void {
    const record = this.albs.get(arn);
    if (record && record.deletedAt === undefined) this.albs.set(arn, { ...record, deletedAt: this.now() });
  }

  /** ALB state AWS would show: `provisioning` for ~150 s after create. */
  albState(arn: string, motoState: string): string {
    const record = this.albs.get(arn);
    if (!record || motoState !== "active") return motoState;
    return this.elapsed(record.createdAt, "albActive") ? "active" : "provisioning";
  }

  /** ALBs deleted less than ~30 s ago: their network interfaces still sit in subnets and use SGs. */
  lingeringAlbs(): AlbRecord[] {
    return [...this.albs.values()].filter((alb) => alb.deletedAt !== undefined && !this.elapsed(alb.deletedAt, "albInterfacesLinger"));
  }

  /** True once a deleted ALB's network interfaces would have been released. */
  albInterfacesReleased(arn: string): boolean {
    const deletedAt = this.albs.get(arn)?.deletedAt;
    return deletedAt !== undefined && this.elapsed(deletedAt, "albInterfacesLinger");
  }

  /** The Elastic IP allocation a NAT gateway was created with. */
  natAllocation(id: string): string | undefined {
    return this.nats.get(id)?.allocationId;
  }

  private elapsed(since: number, delay: keyof typeof BASE_DELAYS_MS): boolean {
    return this.now() - since >= BASE_DELAYS_MS[delay] * this.scale;
  }
}
