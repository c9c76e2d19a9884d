import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

import { expect } from "@playwright/test";

/** Starts a second production server on `port` with extra environment, for tests that need their own. */
export function startServer(port: number, environment: Record<string, string | undefined>): { process: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn("node", ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, AUTH_URL: `http://localhost:${port}`, ...environment } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));

  return { process: child, output: () => output };
}

export async function waitForHealth(port: number, status: number): Promise<void> {
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`http://127.0.0.1:${port}/api/health`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 60_000, message: `health endpoint on port ${port} never answered ${status}` },
    )
    .toBe(status);
}

/**
 * A TCP proxy on loopback in front of the PostgreSQL server, which a test can cut and restore
 * to simulate the database going away and coming back.
 */
export class DatabaseProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async listen(port = 0): Promise<number> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));

    return (this.server.address() as net.AddressInfo).port;
  }

  /** Closes the listener and every open connection. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}
