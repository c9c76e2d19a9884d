/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and .data files at run time; bundling breaks those paths.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino"],
  // Otherwise `next dev` writes an AGENTS.md into the project.
  agentRules: false,
  poweredByHeader: false,
  experimental: {
    // Price imports accept files up to 1 MB (IMPORT_MAX_BYTES), and the confirmation posts the text
    // again as a form field; the default 1 MB body limit would respond with 413 before the action runs.
    serverActions: { bodySizeLimit: "4mb" },
  },
  // `npm test` type-checks the whole project (tests included) with tsc before building.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      {
        // Share links carry a secret token in the path, so no referrer may leave the page.
        source: "/r/:token*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

export default nextConfig;
