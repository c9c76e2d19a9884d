#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary (downloaded from binaries.prisma.sh at runtime).
// Same line-delimited JSON-RPC over stdio, backed by @prisma/schema-engine-wasm (npm) + driver adapters.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const wasmDir = path.dirname(require.resolve("@prisma/schema-engine-wasm")); // package.json is not exported

if (argv.includes("--version") || argv.includes("-V")) {
  const pkg = JSON.parse(fs.readFileSync(path.join(wasmDir, "package.json"), "utf8"));
  process.stdout.write(`schema-engine-cli ${pkg.version.split(".").pop()} (wasm shim)\n`);
  process.exit(0);
}

const datamodelPaths = [];
let datasource = {};
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--datamodels" || argv[i] === "-d") datamodelPaths.push(argv[++i]);
  else if (argv[i] === "--datasource") datasource = JSON.parse(argv[++i]);
  else if (argv[i] === "--enabled-preview-features" || argv[i] === "--extension-types") i++;
  else if (argv[i] === "cli") await runCliSubcommand(argv[i + 1], datasource.url);
}

// `schema-engine --datasource {...} cli <can-connect-to-database|create-database|drop-database>`:
// first stderr line is free text, following lines are JSON logs; exit != 0 on failure.
async function runCliSubcommand(cmd, url) {
  const fail = (error_code, message) => {
    process.stderr.write("schema-engine shim\n" + JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code, message } }));
    process.exit(1);
  };
  if (url?.startsWith("pglite:")) process.exit(0);
  if (!/^postgres(ql)?:\/\//.test(url ?? "")) fail("P1012", "schema-engine shim: unsupported url");
  const pg = (await import("pg")).default;
  const u = new URL(url);
  const dbName = decodeURIComponent(u.pathname.slice(1)) || "postgres";
  const connect = async (cs) => { const c = new pg.Client({ connectionString: cs }); await c.connect(); return c; };
  try {
    if (cmd === "can-connect-to-database") { await (await connect(url)).end(); process.exit(0); }
    const admin = new URL(url); admin.pathname = "/postgres";
    const c = await connect(admin.toString());
    const ident = '"' + dbName.replace(/"/g, '""') + '"';
    if (cmd === "create-database") await c.query(`CREATE DATABASE ${ident}`);
    else if (cmd === "drop-database") await c.query(`DROP DATABASE IF EXISTS ${ident}`);
    else fail("P1012", `schema-engine shim: unknown cli command ${cmd}`);
    await c.end();
    process.exit(0);
  } catch (e) {
    if (e.code === "3D000") fail("P1003", `Database \`${dbName}\` does not exist on the database server at \`${u.host}\`.`);
    if (e.code === "28P01" || e.code === "28000") fail("P1000", `Authentication failed against database server at \`${u.host}\`: ${e.message}`);
    if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND") fail("P1001", `Can't reach database server at \`${u.host}\``);
    fail("P1000", e.message);
  }
}

// Load the wasm engine without --experimental-wasm-modules.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { message: "", get() { return this.message; }, set_message(m) { this.message = `RuntimeError: ${m}`; } };
const bg = await import(path.join(wasmDir, "schema_engine_bg.js"));
const { instance } = await WebAssembly.instantiate(fs.readFileSync(path.join(wasmDir, "schema_engine_bg.wasm")), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();

// adapter-pg 7.x rejects pg_catalog internal types ("char", int2vector, regproc, ...) -> report them as text.
async function patchPgCatalogTypes() {
  const pg = (await import("pg")).default;
  const AS_TEXT = new Set([18, 22, 24, 28, 29, 30, 194, 1033, 2205, 2206, 3734, 3769, 4089, 4096]);
  const fix = (res) => { for (const r of Array.isArray(res) ? res : [res]) for (const f of r?.fields ?? []) if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = 25; return res; };
  const orig = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    const i = args.findIndex((a) => typeof a === "function");
    if (i >= 0) { const cb = args[i]; args[i] = (err, res) => cb(err, err ? res : fix(res)); return orig.apply(this, args); }
    if (typeof args[0]?.callback === "function") { const cb = args[0].callback; args[0].callback = (err, res) => cb(err, err ? res : fix(res)); return orig.apply(this, args); }
    const ret = orig.apply(this, args);
    return ret && typeof ret.then === "function" ? ret.then(fix) : ret;
  };
}

async function makeFactory(url, shadowUrl) {
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  let factory;
  if (/^postgres(ql)?:\/\//.test(url)) {
    await patchPgCatalogTypes();
    const { PrismaPg } = await import("@prisma/adapter-pg");
    factory = new PrismaPg({ connectionString: url });
    // PrismaPg#connectToShadowDb would connect to the MAIN db (connectionString overrides `database`).
    factory.connectToShadowDb = async () => {
      if (shadowUrl) {
        const shadow = await new PrismaPg({ connectionString: shadowUrl }).connect();
        await shadow.executeScript(`DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";`);
        return shadow;
      }
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      const admin = await new PrismaPg({ connectionString: url }).connect();
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const u = new URL(url); u.pathname = "/" + name;
      const shadow = await new PrismaPg({ connectionString: u.toString() }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => { await dispose(); await admin.executeScript(`DROP DATABASE "${name}"`); await admin.dispose(); };
      return shadow;
    };
  } else if (url?.startsWith("pglite:")) {            // pglite:<dataDir>
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    factory = new PrismaPGlite(new PGlite(url.slice("pglite:".length) || undefined));
    factory.connectToShadowDb = async () => new PrismaPGlite(new PGlite()).connect();   // in-memory shadow
  } else {
    throw new Error(`schema-engine shim: unsupported datasource url ${url}`);
  }
  return bindMigrationAwareSqlAdapterFactory(factory);
}

const datamodels = datamodelPaths.length ? datamodelPaths.map((p) => [p, fs.readFileSync(p, "utf8")]) : undefined;
let engine, engineError;
try {
  engine = await bg.SchemaEngine.new({ datamodels }, (msg) => process.stderr.write(msg + "\n"), await makeFactory(datasource.url, datasource.shadowDatabaseUrl));
} catch (e) {
  engineError = e;
  process.stderr.write(JSON.stringify({ level: "ERROR", fields: { message: String(e?.message ?? e) }, target: "schema_engine_shim" }) + "\n");
}

const trace = process.env.SCHEMA_ENGINE_SHIM_TRACE ? (d, o) => fs.appendFileSync(process.env.SCHEMA_ENGINE_SHIM_TRACE, `${d} ${JSON.stringify(o)}\n`) : () => {};
const send = (obj) => { trace("OUT", obj); process.stdout.write(JSON.stringify(obj) + "\n"); };
let printId = 1_000_000;

async function handle(req) {
  const { id, method, params } = req;
  if (id === undefined || req.result !== undefined || req.error !== undefined) return; // ACKs of our `print`
  try {
    if (!engine) throw engineError ?? new Error("engine not initialised");
    const fn = method === "getDatabaseVersion" ? "version" : method;
    if (typeof engine[fn] !== "function") throw Object.assign(new Error(`Method not supported by wasm shim: ${method}`), { code: "SHIM" });
    let result;
    try {
      result = await engine[fn](params ?? undefined);
    } catch (e) {
      // wasm quirk: after applyMigrations applied something, shadow-DB operations fail until a devDiagnostic ran.
      if (!/shadow DB must be provided through an external factory/.test(String(e?.message)) || !params?.migrationsList) throw e;
      await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters ?? { externalTables: [], externalEnums: [] } });
      result = await engine[fn](params ?? undefined);
    }
    if (method === "diff" && result && typeof result === "object" && "stdout" in result) {
      const { stdout, ...rest } = result;
      if (stdout) send({ jsonrpc: "2.0", id: printId++, method: "print", params: { content: stdout.replace(/\n$/, "") } });
      result = rest;
    }
    send({ jsonrpc: "2.0", id, result: result ?? null });
  } catch (e) {
    const isPanic = e instanceof WebAssembly.RuntimeError || /unreachable|panicked/i.test(String(e?.message));
    const message = isPanic ? `${globalThis.PRISMA_WASM_PANIC_REGISTRY.get()}\n${e.message}` : String(e?.message ?? e);
    send({ jsonrpc: "2.0", id, error: { code: 4466, message: "An error happened. Check the data field for details.",
      data: { is_panic: isPanic, message, error_code: typeof e?.code === "string" ? e.code : undefined, meta: e?.meta } } });
  }
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let queue = Promise.resolve();                        // one request at a time, like the native engine
rl.on("line", (line) => {
  if (!line.trim()) return;
  let req; try { req = JSON.parse(line); } catch { return; }
  trace("IN", req);
  queue = queue.then(() => handle(req));
});
rl.on("close", async () => { await queue; try { engine?.free(); } catch {} process.exit(0); });
