import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7 no longer loads .env by itself; real environment variables still win.
try {
  process.loadEnvFile(".env");
} catch {
  // No .env file: the environment alone configures the CLI.
}

// Prisma's CLI downloads a native schema engine from binaries.prisma.sh, which is unreachable on
// machines with only npm access. The shim serves the same stdio protocol with the npm WASM engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/schema-engine-shim.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server scripts/seed.ts" },
  // env("DATABASE_URL") would throw when unset, which breaks `prisma generate` during npm install.
  datasource: {
    url: process.env.DATABASE_URL ?? "",
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
