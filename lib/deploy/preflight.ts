/** One line of the preflight checklist: `id` names the check (the UI translates it), `detail` is what was found. */
export type PreflightCheck = { id: string; status: "ok" | "warn" | "fail"; detail: string };

/** The checklist shown before a deploy is confirmed, with the account id from STS. */
export type PreflightReport = { account: string | null; region: string; target: "sandbox" | "aws"; checks: PreflightCheck[]; ok: boolean };
