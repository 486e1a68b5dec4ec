import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./components/i18n/request.ts");

/**
 * Origins server actions accept besides the page's own: this machine's names on the port the
 * server really listens on (`vpcd demo --port` sets VPCD_PORT), plus the bound host and any
 * VPCD_ALLOWED_HOSTS. proxy.ts refuses every other Host first (DNS rebinding).
 */
function allowedOrigins() {
  const port = process.env.VPCD_PORT || process.env.PORT || "3000";
  const hosts = ["127.0.0.1", "localhost", process.env.VPCD_BIND_HOST, ...(process.env.VPCD_ALLOWED_HOSTS ?? "").split(",")];
  return [...new Set(hosts.map((h) => (h ?? "").trim()).filter((h) => h && h !== "0.0.0.0"))].map((h) => `${h}:${port}`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let the e2e suite and the demo build side by side.
  distDir: process.env.VPCD_DIST_DIR || ".next",
  reactStrictMode: true,
  // `npm test` typechecks the whole project on its own; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // One stamp per build: the browser skips re-checking its own autosave only for texts this
  // very build checked (components/canvas/autosave-seal.ts).
  env: { VPCD_BUILD_STAMP: process.env.VPCD_BUILD_STAMP || String(Date.now()) },
  // Native and Node-only packages stay out of the bundler; they run only on the server.
  serverExternalPackages: ["better-sqlite3", "pg", "pg-boss", "node-pg-migrate"],
  experimental: {
    serverActions: {
      // Server actions refuse calls whose Origin is not this app's own host.
      allowedOrigins: allowedOrigins(),
      bodySizeLimit: "6mb",
    },
  },
};

export default withNextIntl(nextConfig);
