/**
 * Runs once when the app server starts: server/startup/register-node.ts arms the embedded
 * lab timers, or in team mode starts this instance's in-process worker. The import sits inside
 * the runtime check so the Edge bundle of this file carries none of the server code.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNode } = await import("./server/startup/register-node");
    await registerNode();
  }
}
