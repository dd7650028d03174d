import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIncident } from "./create-incident";
import { forwardIncidents } from "./forward-incidents";
import { saveTicketWebhookUrl } from "./incident-settings";
import { listIncidents } from "./list-incidents";
import { resolveIncident } from "./resolve-incident";

const tickets: Record<string, unknown>[] = [];
let up = false;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      if (up) tickets.push(JSON.parse(raw) as Record<string, unknown>);
      res.writeHead(up ? 201 : 503).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tickets`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const base = { limit: 50, state: "open" as const };

describe("incidents", () => {
  it("lists with filters and cursor pages, and resolves once", async () => {
    for (let i = 0; i < 7; i++)
      await createIncident({
        category: i % 2 ? "PAYMENT" : "DELIVERY",
        severity: i === 6 ? "CRITICAL" : "MEDIUM",
        stage: "test",
        title: `Incident ${i}`,
        context: { i, error: new Error(`boom ${i}`) },
      });
    const payment = await listIncidents({ ...base, category: "PAYMENT" });
    expect(payment.items.map((r) => r.title)).toEqual(["Incident 5", "Incident 3", "Incident 1"]);
    expect(payment.items[0]!.context).toMatchObject({ error: { message: "boom 5" } });

    const first = await listIncidents({ ...base, limit: 4 });
    const second = await listIncidents({ ...base, limit: 4, cursor: first.nextCursor! });
    expect(first.items).toHaveLength(4);
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();

    const target = first.items[0]!;
    const by = { id: "u1", name: "Ops One" };
    const resolved = await resolveIncident({ id: target.id, by, note: "Refunded" });
    const again = await resolveIncident({ id: target.id, by: { id: "u2", name: "Other" } });
    expect(again).toEqual(resolved);
    expect(resolved.resolvedBy).toContain("Ops One");
    expect((await listIncidents(base)).items.map((r) => r.id)).not.toContain(target.id);
    expect((await listIncidents({ ...base, state: "resolved" })).items).toHaveLength(1);
  });

  it("forwards new incidents to the ticketing webhook once, retrying while it is down", async () => {
    await db.incident.updateMany({ data: { forwardedAt: new Date() } });
    expect(await forwardIncidents()).toEqual({ forwarded: 0, failed: 0 }); // no URL set yet
    await saveTicketWebhookUrl(url, "admin");
    await createIncident({
      category: "API",
      severity: "HIGH",
      stage: "order-sync",
      title: "Store down",
    });
    up = false;
    expect(await forwardIncidents()).toEqual({ forwarded: 0, failed: 1 });
    up = true;
    expect(await Promise.all([forwardIncidents(), forwardIncidents()])).toContainEqual({
      forwarded: 1,
      failed: 0,
    });
    expect(await forwardIncidents()).toEqual({ forwarded: 0, failed: 0 });
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ source: "packline", category: "API", title: "Store down" });
  });

  it("counts a repeat of an open incident instead of opening another, until it is resolved", async () => {
    const failure = {
      category: "API" as const,
      stage: "order-sync",
      title: "The store API refused the key",
    };
    const first = await createIncident({ ...failure, severity: "MEDIUM", context: { run: 1 } });
    const repeats = await Promise.all(
      [2, 3, 4, 5].map((run) =>
        createIncident({ ...failure, severity: run === 3 ? "HIGH" : "MEDIUM", context: { run } }),
      ),
    );
    expect(new Set(repeats)).toEqual(new Set([first]));
    const open = await db.incident.findUniqueOrThrow({
      where: { id: first },
      select: { occurrences: true, severity: true, createdAt: true, lastSeenAt: true },
    });
    expect(open).toMatchObject({ occurrences: 5, severity: "HIGH" });
    expect(open.lastSeenAt.getTime()).toBeGreaterThanOrEqual(open.createdAt.getTime());

    await resolveIncident({ id: first, by: { id: "u1", name: "Ops" } });
    const after = await createIncident({ ...failure, severity: "MEDIUM" });
    expect(after).not.toBe(first);
  });
});
