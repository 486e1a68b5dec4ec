import "server-only";
import pg from "pg";

/**
 * Samples connections to the team database every 100 ms (all client backends: app instances,
 * their workers, pg-boss, the CLI), keeping the peak and, at the peak, the count per
 * application_name.
 */
export function sampleConnections(url: string): { stop(): Promise<{ peak: number; byApp: Record<string, number> }> } {
  const client = new pg.Client({ connectionString: url, application_name: "bench-sampler" });
  let peak = 0;
  let byApp: Record<string, number> = {};
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ app: string; n: number }>(
        "SELECT application_name AS app, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> 'bench-sampler' GROUP BY 1",
      );
      const total = rows.reduce((sum, r) => sum + r.n, 0);
      if (total > peak) {
        peak = total;
        byApp = Object.fromEntries(rows.map((r) => [r.app || "(unnamed)", r.n]));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await client.end();
  })();
  return { stop: async () => ((running = false), await loop, { peak, byApp }) };
}
