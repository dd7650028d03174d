import { withRoute } from "@/lib/http/with-route";
import { removeStoreLogo, saveStoreLogo } from "@/lib/store/store-logo";
import { storeLogoInput } from "@/lib/validation/store-profile";

export const PUT = withRoute({
  route: "PUT /api/admin/store-logo",
  body: storeLogoInput,
  // a 48 KB image as base64 in JSON
  maxBodyBytes: 72 * 1024,
  handler: ({ body, caller }) => saveStoreLogo(body.dataUrl, caller.id),
});

export const DELETE = withRoute({
  route: "DELETE /api/admin/store-logo",
  handler: ({ caller }) => removeStoreLogo(caller.id),
});
