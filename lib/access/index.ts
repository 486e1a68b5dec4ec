/** Who may reach the local app server: host names (DNS rebinding) and the access token. */
export { ACCESS_COOKIE, LOOPBACK_HOSTS, accessPolicy, guardRequest, hostName, isLoopback, type AccessPolicy, type GuardRequest, type GuardVerdict } from "./request-guard";
