/** An instance's console as GetConsoleOutput returns it (its last 64 KB), decoded: where user data logs. */
export type ConsoleOutput = { logicalId: string; instanceId: string; output: string };
