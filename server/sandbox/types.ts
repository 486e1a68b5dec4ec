import "server-only";

export type SandboxOptions = {
  /** Port for the sandbox's public endpoint; a free one when omitted. */
  port?: number;
  /** Multiplies AWS-like delays (1 = real AWS timing, 0.02 = fifty times faster). */
  timeScale?: number;
  /** Fault spec, e.g. "throttle=0.1,error=0.03,reset=0.01,lost=0.05,slow=0.02,seed=7". */
  faults?: string;
  /**
   * Run instances' user data and the ALBs' data plane on this machine (default true). Needs
   * Linux as root with bubblewrap and nftables; elsewhere the sandbox reports them unavailable.
   */
  workloads?: boolean;
  /** Describe* page size (EC2 MaxResults/NextToken, ELBv2 PageSize/Marker); 0 = no paging. Default 5. */
  pageSize?: number;
};

/** Whether workloads run here ("on", "off", "unavailable: <why>") and what runs now. */
/**
 * `readings`: how many times the data plane read each scope (sandbox account + region,
 * `ap-northeast-2` or `412345678901/ap-northeast-2`) since start or reset — its cost in moto calls.
 */
export type WorkloadReport = { status: string; instances: Array<{ instanceId: string; privateIp: string; rssKb: number; pids: number[] }>; readings: Record<string, number> };

/** Calls the sandbox served since start or the last reset, by AWS action name. */
export type SandboxStats = { total: number; byAction: Record<string, number> };

/** Runtime changes: a new time scale, fault spec ("" turns faults off) or page size. */
export type SandboxConfig = { timeScale?: number; faults?: string; pageSize?: number };

export type Sandbox = {
  /** The AWS-compatible endpoint clients use (EC2, ELBv2, STS, tagging share it). */
  endpoint: string;
  /** Bare moto behind it, for side-by-side measurements and out-of-band inspection. */
  motoEndpoint: string;
  /** The URL that answers `GET` with the call counts as JSON. */
  statsUrl: string;
  /** This run's token for `/_sandbox/*` and `/moto-api/*` (header `x-vpcd-sandbox-token`). */
  controlToken: string;
  /** Forgets every resource (moto reset) and the layer's clocks, tokens and counters. */
  reset(): Promise<void>;
  /** Calls per action since start or reset. */
  stats(): Promise<SandboxStats>;
  /** Changes the time scale or faults while running; throws on a bad fault spec. */
  configure(config: SandboxConfig): Promise<void>;
  /** The instances running their user data here, with their memory; and whether workloads can run. */
  workloads(): Promise<WorkloadReport>;
  /** Stops the layer and moto; safe to call twice. */
  stop(): Promise<void>;
};
