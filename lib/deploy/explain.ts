/**
 * Plain advice for AWS error codes a deploy can meet: what happened and what to do. Shown
 * under the error itself (AWS's code and message are always kept so people can search them).
 * Each advice has an id so the UI can show it in the reader's language.
 */
const ADVICE: Array<[id: string, pattern: RegExp, advice: string]> = [
  ["quota", /LimitExceeded$|^TooMany|QuotaExceeded/, "An account quota is reached. Delete unused resources of this kind (or clean up an old deployment), or request a higher quota in Service Quotas, then resume."],
  ["credentials", /^(UnauthorizedOperation|AccessDenied|AuthFailure|InvalidClientTokenId|ExpiredToken|SignatureDoesNotMatch|CredentialsProviderError)/, "The AWS credentials in use may not do this. Check the profile or SSO session (aws sts get-caller-identity) and that its policy allows the action, then resume."],
  ["capacity", /^InsufficientInstanceCapacity|^Unsupported/, "AWS has no capacity for this instance type in this availability zone right now. Pick another type or zone, or resume later."],
  ["image", /InvalidAMIID|InvalidImageID/, "The image could not be found in this region. Check the image choice, then resume."],
  ["invalid", /^InvalidSubnet|InvalidParameterValue|InvalidParameterCombination|ValidationError/, "AWS refused a setting in the design. Fix the resource named in the message, validate again, and redeploy."],
  ["igw", /Gateway\.NotAttached/, "The internet gateway was not attached to the VPC yet. Resuming usually fixes this."],
  ["dependency", /DependencyViolation/, "Something still uses this resource. Wait a minute and resume; if it persists, look for leftover network interfaces in the VPC."],
  ["timeout", /WaiterTimeout|TimeoutError|Timeout$/, "AWS took longer than allowed to finish. Check the resource in the console and resume; nothing is created twice."],
  ["failed", /ResourceFailed/, "AWS could not finish creating this resource (for a NAT gateway usually its Elastic IP or subnet). Look at it in the console, clean up, fix the design and deploy again."],
  ["running", /AlreadyRunning/, "Another process is running this deployment now. Watch it instead of starting it twice."],
  ["stopped", /Aborted/, "The deployment was stopped. Resume it to continue where it left off."],
  ["transient", /RequestLimitExceeded|Throttl|InternalError|ServiceUnavailable|ECONNRESET/, "AWS was busy or unreachable for too long. Resume the deployment; finished steps are not repeated."],
];

const GENERIC = "Read AWS's message above, fix the cause, then resume the deployment: finished steps are not repeated and nothing is created twice.";

/** Advice for an error code, with its id (`quota`, `credentials`, …, `generic`). */
export function adviceFor(code: string): { id: string; text: string } {
  for (const [id, pattern, text] of ADVICE) if (pattern.test(code)) return { id, text };
  return { id: "generic", text: GENERIC };
}

/** Advice text for an error code; a generic next step when the code is not one we know. */
export function explainError(code: string): string {
  return adviceFor(code).text;
}
