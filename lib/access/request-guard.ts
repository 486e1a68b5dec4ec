/**
 * Who may talk to the app server. The app runs on the student's own machine and holds their
 * AWS credentials, so two attacks matter:
 * - DNS rebinding: a web page at evil.example re-resolves its name to 127.0.0.1 and then
 *   calls the app (pages and server actions) from the student's browser. The browser sends
 *   `Host: evil.example:3000`, so a loopback-only server refuses any Host that is not one of
 *   its own names.
 * - Other machines, when `vpcd demo --host` binds beyond loopback: every request then needs the
 *   access token (a cookie set once from `?token=`, or `Authorization: Bearer`).
 */
export type AccessPolicy = {
  /** Host names (without port) the server answers to; empty = any (only with a token). */
  hosts: readonly string[];
  /** When set, every request but the health probe must carry it. */
  token?: string;
};

export type GuardRequest = {
  host: string | null;
  pathname: string;
  /** `?token=` on the URL, the access cookie, and the Authorization header. */
  queryToken: string | null;
  cookieToken: string | undefined;
  authorization: string | null;
};

export type GuardVerdict =
  | { kind: "allow" }
  /** The token was on the URL: set the cookie and redirect to the same URL without it. */
  | { kind: "set-cookie" }
  | { kind: "refuse"; status: 403 | 421; message: string };

export const ACCESS_COOKIE = "vpcd_access";
export const LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"] as const;
/** `vpcd demo` waits on it before printing the address; it tells nothing about the student. */
const PROBE_PATH = "/api/health";

/**
 * The host name of a Host header, lower-cased, without the port.
 *
 * @example hostName("LocalHost:3000") // "localhost"
 * @example hostName("[::1]:3000") // "[::1]"
 */
export function hostName(host: string): string {
  const text = host.trim().toLowerCase();
  if (text.startsWith("[")) return text.slice(0, text.indexOf("]") + 1);
  const colon = text.lastIndexOf(":");
  return colon >= 0 && text.indexOf(":") === colon ? text.slice(0, colon) : text;
}

/** True for 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches. */
export function isLoopback(host: string): boolean {
  const name = hostName(host).replace(/^\[|\]$/g, "");
  return name === "localhost" || name === "::1" || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * The policy for a server bound to `bindHost` with an optional access token and extra names
 * (VPCD_ALLOWED_HOSTS). Loopback without a token: loopback names only. With a token: the
 * bind host and extra names if any were given, otherwise any name (the token guards).
 */
export function accessPolicy(bindHost: string, token?: string, extraHosts: readonly string[] = []): AccessPolicy {
  const extra = extraHosts.map(hostName).filter(Boolean);
  if (!token) return { hosts: [...LOOPBACK_HOSTS, ...(isLoopback(bindHost) ? [] : [hostName(bindHost)]), ...extra] };
  const named = ["0.0.0.0", "::", "[::]"].includes(bindHost) ? extra : [hostName(bindHost), ...extra];
  return { hosts: named.length > 0 ? [...LOOPBACK_HOSTS, ...named] : [], token };
}

/** Decides one request. Pure: the proxy passes the request's parts and acts on the verdict. */
export function guardRequest(request: GuardRequest, policy: AccessPolicy): GuardVerdict {
  const name = request.host ? hostName(request.host) : "";
  if (policy.hosts.length > 0 && !policy.hosts.includes(name)) {
    const known = policy.hosts.filter((h) => h !== "::1").join(", ");
    return { kind: "refuse", status: 421, message: `This VPC Designer server does not answer to the host "${request.host ?? ""}". Open it at one of: ${known}.\n이 VPC Designer 서버는 "${request.host ?? ""}" 호스트로는 열 수 없습니다. 다음 주소로 여세요: ${known}.` };
  }
  if (!policy.token || request.pathname === PROBE_PATH) return { kind: "allow" };
  const bearer = request.authorization?.startsWith("Bearer ") ? request.authorization.slice(7) : undefined;
  if (sameSecret(request.cookieToken, policy.token) || sameSecret(bearer, policy.token)) return { kind: "allow" };
  if (sameSecret(request.queryToken ?? undefined, policy.token)) return { kind: "set-cookie" };
  return { kind: "refuse", status: 403, message: "This VPC Designer server needs its access token: open the address `vpcd demo` printed (it ends in ?token=…).\n이 VPC Designer 서버는 접근 토큰이 필요합니다. `vpcd demo`가 출력한 주소(?token=…으로 끝남)로 여세요." };
}

/** Compares in time independent of where the strings differ. */
function sameSecret(given: string | undefined, wanted: string): boolean {
  if (given === undefined || given.length !== wanted.length) return false;
  let diff = 0;
  for (let i = 0; i < wanted.length; i += 1) diff |= given.charCodeAt(i) ^ wanted.charCodeAt(i);
  return diff === 0;
}
