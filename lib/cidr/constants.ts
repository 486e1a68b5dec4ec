/** AWS facts about IPv4 CIDRs (docs/aws-facts.md §1.1–1.2). */

/** Smallest prefix length (largest block) AWS accepts for a VPC or subnet: /16. */
export const MIN_PREFIX = 16;
/** Largest prefix length (smallest block) AWS accepts for a VPC or subnet: /28. */
export const MAX_PREFIX = 28;
/** AWS reserves the network address, router, DNS, a future address and broadcast in every subnet. */
export const RESERVED_PER_SUBNET = 5;
/** An ALB needs at least /27 per subnet so it can scale its nodes. */
export const ALB_MIN_SUBNET_PREFIX = 27;
