import { withRoute } from "@/lib/http/with-route";
import { getStoreLogo } from "@/lib/store/store-logo";

// Public: the tracking page shows it. Its URL carries the logo's version, so it caches for a year.
export const GET = withRoute({
  route: "GET /api/store/logo",
  handler: async () => {
    const logo = await getStoreLogo();
    return new Response(new Uint8Array(logo.bytes), {
      headers: {
        "content-type": logo.contentType,
        "cache-control": "public, max-age=31536000, immutable",
        "content-security-policy": "default-src 'none'",
      },
    });
  },
});
