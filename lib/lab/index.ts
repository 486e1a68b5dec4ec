export { checkLab, LAB_STEPS } from "./check";
export { LAB_REGION, LAB_SUBNETS, LAB_VPC_CIDR, LAB_ZONES } from "./targets";
export { LAB_STEP_IDS, type LabDeployment, type LabInput, type LabProblem, type LabProgress, type LabStepId, type LabStepState } from "./types";
