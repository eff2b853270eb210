import { serve as listen } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { ArchiveApi } from "../archive/types.js";
import { createApp } from "./app.js";

export interface ServeOptions {
  port: number;
  host: string;
  editToken?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serve the reader and the API over HTTP; resolves once listening (port 0 picks a free port). */
export function serve(archive: ArchiveApi, opts: ServeOptions): Promise<RunningServer> {
  const app = createApp(archive, { editToken: opts.editToken });
  return new Promise((resolve, reject) => {
    const server = listen({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      resolve({ url: serverUrl(info), close: () => closeServer(server) });
    });
    server.once("error", reject);
  });
}

function serverUrl(info: AddressInfo): string {
  const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
  return `http://${host}:${info.port}/`;
}

function closeServer(server: { close(callback: (error?: Error) => void): void }): Promise<void> {
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
