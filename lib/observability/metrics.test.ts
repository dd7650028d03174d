import { describe, expect, it } from "vitest";
import { metrics, routeLabel } from "./metrics";

describe("metrics", () => {
  it("collapses ids so route labels stay bounded", () => {
    expect(routeLabel("/api/orders/cm3x9k2a0000abcd/notes")).toBe("/api/orders/:id/notes");
    expect(routeLabel("/api/track/DL7000007919")).toBe("/api/track/:id");
    expect(routeLabel("/api/picklist/stats")).toBe("/api/picklist/stats");
  });

  it("exposes the request latency histogram in Prometheus format", async () => {
    metrics().httpDuration.labels("GET", "/api/health", "200").observe(0.012);
    const text = await metrics().registry.metrics();
    expect(text).toContain(
      'packline_http_request_duration_seconds_bucket{le="0.025",method="GET",route="/api/health",status="200"} 1',
    );
  });
});
