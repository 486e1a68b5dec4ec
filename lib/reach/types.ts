import type { Cidr } from "../cidr/parse";
import type { SecurityGroup, Subnet } from "../design/schema";

/** The pseudo-entity id of the public Internet in questions and paths. */
export const INTERNET = "internet";

export type Protocol = "tcp" | "udp" | "icmp";

/** What is asked: ids are entity ids or "internet"; `port` is ignored for icmp. */
export type ReachQuery = { from: string; to: string; protocol: Protocol; port: number };

/** Kinds a hop can name: the entity kinds plus the Internet and a load balancer's listener. */
export type HopKind =
  | "internet"
  | "vpc"
  | "subnet"
  | "internet-gateway"
  | "nat-gateway"
  | "route-table"
  | "security-group"
  | "instance"
  | "target-group"
  | "load-balancer"
  | "listener";

/** Values a message needs; the UI renders the text again in its own language from them. */
export type ReachParams = Readonly<Record<string, string | number>>;

/** One component the traffic passes (or stops at). `key` and `params` select the message. */
export type Hop = {
  entityId: string;
  kind: HopKind;
  key: string;
  params: ReachParams;
  isBlocked: boolean;
};

/**
 * The first component that stops the traffic. `code` is AWS Reachability Analyzer's
 * explanation code where one fits (upper case, docs/aws-facts.md §10.1 and §10.3), else one of
 * ours in lower-case kebab form so a reader can tell them apart.
 */
export type Blocker = { entityId: string; kind: HopKind; code: string; key: string; params: ReachParams };

/** `path` ends with the blocked hop when `blockedAt` is set; the verdict follows from it. */
export type ReachAnswer = {
  verdict: "reachable" | "blocked";
  /** "direct" or the id of the load balancer the traffic goes through. */
  via: string;
  path: Hop[];
  blockedAt: Blocker | null;
};

export type ReachError = { field: "from" | "to" | "protocol" | "port"; message: string };
export type ReachResult = { ok: true; answer: ReachAnswer } | { ok: false; error: ReachError };

/** Traffic as the security-group and listener checks see it. */
export type Traffic = { protocol: Protocol; port: number };

/**
 * Where traffic starts or ends inside a VPC. `groups` is null for a subnet, which carries no
 * security group of its own; `blocks` are the addresses it may use (an ALB has one per subnet).
 */
export type Place = {
  entityId: string;
  kind: "instance" | "subnet" | "load-balancer";
  name: string;
  vpcId: string;
  subnets: readonly Subnet[];
  blocks: readonly Cidr[];
  groups: readonly SecurityGroup[] | null;
  hasPublicIp: boolean;
};
