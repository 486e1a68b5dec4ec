import "server-only";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date };

/** Renew this long before AWS's expiry, so a call never signs with a key about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * A credential provider that assumes `roleArn` with the server's default credential chain
 * (STS AssumeRole, one-hour sessions; docs/aws-facts.md §19) and reuses the session until
 * five minutes before it expires. The keys stay in this process: nothing here is stored or
 * returned to a caller of the app.
 */
export function assumedRole(target: { region: string; endpoint?: string }, roleArn: string): () => Promise<Credentials> {
  let current: Promise<Credentials> | undefined;
  let expiresAt = 0;
  return () => {
    if (current && Date.now() < expiresAt - RENEW_BEFORE_MS) return current;
    const sts = new STSClient({ region: target.region, ...(target.endpoint ? { endpoint: target.endpoint } : {}), retryMode: "standard", maxAttempts: 3 });
    current = sts
      .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "vpcd-student", DurationSeconds: 3600 }))
      .then(({ Credentials: c }) => {
        if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole ${roleArn} returned no credentials`);
        expiresAt = c.Expiration?.getTime() ?? Date.now() + 3600_000;
        return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}), ...(c.Expiration ? { expiration: c.Expiration } : {}) };
      })
      .catch((error: unknown) => {
        current = undefined;
        throw error;
      })
      .finally(() => sts.destroy());
    return current;
  };
}
