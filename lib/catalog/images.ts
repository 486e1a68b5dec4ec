import type { ImageChoice } from "../design/schema";

/**
 * SSM public parameters naming the current AMI of each image a design can choose. Deploys and
 * exports resolve the image per region from these instead of carrying an `ami-…` id, which
 * differs between regions and goes stale (docs/aws-facts.md §5.3).
 */
export const SSM_IMAGE_PARAMETERS: Record<ImageChoice, string> = {
  "ubuntu-24.04": "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
  "amazon-linux-2023": "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
};
