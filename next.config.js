import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./components/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let the e2e suite and the demo build side by side.
  distDir: process.env.VPCD_DIST_DIR || ".next",
  reactStrictMode: true,
  // `npm test` typechecks the whole project on its own; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Native and Node-only packages stay out of the bundler; they run only on the server.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    serverActions: {
      // Server actions refuse calls whose Origin is not this app's own host.
      allowedOrigins: ["127.0.0.1:3000", "localhost:3000"],
      bodySizeLimit: "6mb",
    },
  },
};

export default withNextIntl(nextConfig);
