import "server-only";
import { SSM_IMAGE_PARAMETERS as PARAMETERS } from "../../lib/catalog/images";
import { allEc2 } from "./pages";
import type { AwsPort } from "./port";

/** SSM public parameters for the images a design can choose (docs/aws-facts.md §5.3). RunInstances resolves them. */
export const SSM_IMAGE_PARAMETERS: Record<string, string> = PARAMETERS;

/** Image names to look for on an endpoint that has no SSM (the sandbox ships a fixed image list). */
const SANDBOX_NAME_PATTERNS: Record<string, string[]> = {
  "ubuntu-24.04": ["ubuntu/images/*24.04*", "al2023-ami-2023*-x86_64"],
  "amazon-linux-2023": ["al2023-ami-2023*-x86_64"],
};

/**
 * Returns `resolve(choice)` giving an ImageId for RunInstances. On AWS it is
 * `resolve:ssm:<parameter>`, which RunInstances resolves to the region's current AMI. On the
 * sandbox it is an image the sandbox really has (DescribeImages), preferring the same OS.
 */
export function imageResolver(port: AwsPort, onSandbox: boolean): (choice: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (choice) => {
    const parameter = SSM_IMAGE_PARAMETERS[choice];
    if (!parameter) return Promise.reject(new Error(`unknown image choice ${choice}`));
    if (!onSandbox) return Promise.resolve(`resolve:ssm:${parameter}`);
    if (!cache.has(choice)) cache.set(choice, findSandboxImage(port, choice));
    return cache.get(choice)!;
  };
}

async function findSandboxImage(port: AwsPort, choice: string): Promise<string> {
  for (const pattern of SANDBOX_NAME_PATTERNS[choice] ?? []) {
    const images = await allEc2(port, "DescribeImages", { Filters: [{ Name: "name", Values: [pattern] }] }, "Images");
    const newest = images.filter((i) => i.ImageId).sort((a, b) => String(b.CreationDate).localeCompare(String(a.CreationDate)))[0];
    if (newest?.ImageId) return newest.ImageId;
  }
  throw new Error(`the sandbox has no image for ${choice}`);
}
