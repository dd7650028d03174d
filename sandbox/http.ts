import type { IncomingMessage, ServerResponse } from "node:http";

// The sandbox's tiny router: method + path pattern (":name" segments) → handler.
export interface SandboxRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  rawBody: string;
  json<T = unknown>(): T;
}

export interface SandboxResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Handler = (req: SandboxRequest) => Promise<SandboxResponse> | SandboxResponse;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split("/").filter(Boolean), handler });
    return this;
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | null {
    const segments = path.split("/").filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method || route.parts.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const ok = route.parts.every((part, i) => {
        const segment = decodeURIComponent(segments[i] ?? "");
        if (part.startsWith(":")) return ((params[part.slice(1)] = segment), true);
        return part === segment;
      });
      if (ok) return { handler: route.handler, params };
    }
    return null;
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function send(res: ServerResponse, out: SandboxResponse): void {
  const isBuffer = Buffer.isBuffer(out.body);
  const isText = typeof out.body === "string";
  const payload =
    isBuffer || isText ? (out.body as Buffer | string) : JSON.stringify(out.body ?? {});
  res.writeHead(out.status ?? 200, {
    "content-type": isBuffer
      ? "application/pdf"
      : isText
        ? "text/plain; charset=utf-8"
        : "application/json",
    ...out.headers,
  });
  res.end(payload);
}
