/**
 * ELBv2 names are unique per account and region (max 32 characters: letters, digits and
 * hyphens, no leading or trailing hyphen). Two deployments of the same design must not
 * collide, so the name ends with a short suffix of the deployment id.
 *
 * @example elbName("lab-alb", "dep-k3x9q2ab7f") // "lab-alb-2ab7f" … always ≤ 32 characters
 */
export function elbName(base: string, deploymentId: string): string {
  const suffix = deploymentId.replace(/[^a-zA-Z0-9]/g, "").slice(-8).toLowerCase();
  const head = base.replace(/[^a-zA-Z0-9-]/g, "-").replace(/^-+|-+$/g, "").slice(0, 32 - suffix.length - 1).replace(/-+$/, "") || "vpcd";
  return `${head}-${suffix}`;
}

/**
 * A new deployment id from a timestamp and random bits (both passed in: lib/ stays pure).
 *
 * @example newDeploymentId(0, 0.5) // "dep-0-i0000000"
 */
export function newDeploymentId(nowMs: number, random: number): string {
  const noise = Math.floor(random * 36 ** 8).toString(36).padStart(8, "0");
  return `dep-${nowMs.toString(36)}-${noise}`;
}
