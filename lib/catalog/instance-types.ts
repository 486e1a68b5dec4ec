/**
 * Instance types the designer offers, with the figures DescribeInstanceTypes reports
 * (docs/aws-facts.md §5.1). The picker groups them by `category`; the rules flag any type not listed.
 */
export type InstanceCategory = "general-purpose" | "compute-optimized" | "memory-optimized" | "accelerated-computing" | "storage-optimized";

export type InstanceTypeInfo = {
  readonly name: string;
  readonly family: string;
  readonly category: InstanceCategory;
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly architecture: "x86_64" | "arm64";
  /** T-family: earns CPU credits and runs at a baseline (t3.micro: 10% per vCPU). */
  readonly burstable: boolean;
  /** Accelerators or local disks, shown as a short note (e.g. "1× NVIDIA T4"). */
  readonly extra?: string;
};

/** Categories in the order the picker shows them, with their labels. */
export const INSTANCE_CATEGORIES: readonly { readonly id: InstanceCategory; readonly label: { readonly en: string; readonly ko: string } }[] = [
  { id: "general-purpose", label: { en: "General purpose", ko: "범용" } },
  { id: "compute-optimized", label: { en: "Compute optimized", ko: "컴퓨팅 최적화" } },
  { id: "memory-optimized", label: { en: "Memory optimized", ko: "메모리 최적화" } },
  { id: "accelerated-computing", label: { en: "Accelerated computing", ko: "가속 컴퓨팅" } },
  { id: "storage-optimized", label: { en: "Storage optimized", ko: "스토리지 최적화" } },
];

type Size = readonly [size: string, vcpu: number, memoryGiB: number, extra?: string];
type FamilySpec = { family: string; category: InstanceCategory; architecture?: "arm64"; sizes: readonly Size[] };

const T_SIZES: readonly Size[] = [["nano", 2, 0.5], ["micro", 2, 1], ["small", 2, 2], ["medium", 2, 4], ["large", 2, 8], ["xlarge", 4, 16], ["2xlarge", 8, 32]];
const M_SIZES: readonly Size[] = [["large", 2, 8], ["xlarge", 4, 16], ["2xlarge", 8, 32], ["4xlarge", 16, 64]];
const C_SIZES: readonly Size[] = [["large", 2, 4], ["xlarge", 4, 8], ["2xlarge", 8, 16], ["4xlarge", 16, 32]];
const R_SIZES: readonly Size[] = [["large", 2, 16], ["xlarge", 4, 32], ["2xlarge", 8, 64], ["4xlarge", 16, 128]];

const FAMILIES: readonly FamilySpec[] = [
  { family: "t2", category: "general-purpose", sizes: [["nano", 1, 0.5], ["micro", 1, 1], ["small", 1, 2], ["medium", 2, 4], ["large", 2, 8], ["xlarge", 4, 16], ["2xlarge", 8, 32]] },
  { family: "t3", category: "general-purpose", sizes: T_SIZES },
  { family: "t3a", category: "general-purpose", sizes: T_SIZES },
  { family: "t4g", category: "general-purpose", architecture: "arm64", sizes: T_SIZES },
  { family: "m5", category: "general-purpose", sizes: M_SIZES },
  { family: "m6i", category: "general-purpose", sizes: M_SIZES },
  { family: "m7i", category: "general-purpose", sizes: M_SIZES },
  { family: "c5", category: "compute-optimized", sizes: C_SIZES },
  { family: "c6i", category: "compute-optimized", sizes: C_SIZES },
  { family: "r5", category: "memory-optimized", sizes: R_SIZES },
  { family: "r6i", category: "memory-optimized", sizes: R_SIZES },
  { family: "g4dn", category: "accelerated-computing", sizes: [["xlarge", 4, 16, "1× NVIDIA T4, 125 GB NVMe"], ["2xlarge", 8, 32, "1× NVIDIA T4, 225 GB NVMe"], ["4xlarge", 16, 64, "1× NVIDIA T4, 225 GB NVMe"]] },
  { family: "g5", category: "accelerated-computing", sizes: [["xlarge", 4, 16, "1× NVIDIA A10G, 250 GB NVMe"], ["2xlarge", 8, 32, "1× NVIDIA A10G, 450 GB NVMe"]] },
  { family: "p3", category: "accelerated-computing", sizes: [["2xlarge", 8, 61, "1× NVIDIA V100 16 GiB"], ["8xlarge", 32, 244, "4× NVIDIA V100 16 GiB"]] },
  { family: "i3", category: "storage-optimized", sizes: [["large", 2, 15.25, "475 GB NVMe SSD"], ["xlarge", 4, 30.5, "950 GB NVMe SSD"], ["2xlarge", 8, 61, "1,900 GB NVMe SSD"]] },
  { family: "d2", category: "storage-optimized", sizes: [["xlarge", 4, 30.5, "3× 2 TB HDD"], ["2xlarge", 8, 61, "6× 2 TB HDD"]] },
  { family: "d3", category: "storage-optimized", sizes: [["xlarge", 4, 32, "3× 2 TB HDD"], ["2xlarge", 8, 64, "6× 2 TB HDD"]] },
];

export const INSTANCE_TYPES: readonly InstanceTypeInfo[] = FAMILIES.flatMap(({ family, category, architecture, sizes }) =>
  sizes.map(([size, vcpu, memoryGiB, extra]) => ({
    name: `${family}.${size}`,
    family,
    category,
    vcpu,
    memoryGiB,
    architecture: architecture ?? "x86_64",
    burstable: family.startsWith("t"),
    ...(extra ? { extra } : {}),
  })),
);

const BY_NAME = new Map(INSTANCE_TYPES.map((type) => [type.name, type]));

/** The catalogue entry for a type name (`getInstanceType("t3.micro")?.vcpu === 2`), or undefined when unknown. */
export function getInstanceType(name: string): InstanceTypeInfo | undefined {
  return BY_NAME.get(name);
}

/** Types grouped by category in picker order; each group keeps catalogue order (family, then size). */
export function instanceTypesByCategory(): { category: InstanceCategory; types: InstanceTypeInfo[] }[] {
  return INSTANCE_CATEGORIES.map(({ id }) => ({ category: id, types: INSTANCE_TYPES.filter((t) => t.category === id) }));
}

/**
 * Families not offered in every AZ of a region (DescribeInstanceTypeOfferings data for
 * ap-northeast-2, docs/aws-facts.md §5.1): the zones that do offer them. Families not listed here are
 * either offered everywhere or unknown, and are not flagged.
 */
const ZONE_OFFERINGS: Record<string, Record<string, readonly string[]>> = {
  "ap-northeast-2": {
    t2: ["ap-northeast-2a", "ap-northeast-2c"],
    g4dn: ["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c"],
    d2: ["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c"],
    p3: [],
  },
};

/**
 * Whether `zone` of `region` offers the type: false when the catalogue knows it does not
 * (launching fails with `Unsupported`), true otherwise. `isOfferedIn("p3.2xlarge", "ap-northeast-2", "ap-northeast-2a") === false`.
 */
export function isOfferedIn(typeName: string, region: string, zone: string): boolean {
  const family = typeName.split(".")[0];
  const zones = ZONE_OFFERINGS[region]?.[family];
  return zones === undefined || zones.includes(zone);
}
