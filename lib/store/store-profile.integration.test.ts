import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteLogo, PUT as putLogo } from "@/app/api/admin/store-logo/route";
import { GET as getProfile, PUT as putProfile } from "@/app/api/admin/store-profile/route";
import { GET as getLogo } from "@/app/api/store/logo/route";
import { createStaffUser } from "@/lib/testing/floor-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { cachedStoreProfile } from "./store-profile";

// a 1×1 PNG
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const noParams = { params: Promise.resolve({}) };
let cookie = "";

beforeAll(async () => {
  cookie = await sessionCookie(await createStaffUser("ADMIN"));
});

const profile = (body: unknown) =>
  putProfile(pageRequest("/api/admin/store-profile", { cookie, method: "PUT", body }), noParams);
const logo = (dataUrl: string) =>
  putLogo(
    pageRequest("/api/admin/store-logo", { cookie, method: "PUT", body: { dataUrl } }),
    noParams,
  );
const fields = async (res: Response) => Object.keys((await res.json()).errors ?? {});

describe("the store's settings", () => {
  it("refuses a logo address the tracking page could not load and a phone that is not one", async () => {
    const res = await profile({
      name: "Chai & Co.",
      supportEmail: "help@chai.example",
      supportPhone: "12345",
      logoUrl: "http://cdn.chai.example/logo.png",
    });
    expect(res.status).toBe(422);
    expect((await fields(res)).sort()).toEqual(["logoUrl", "supportPhone"]);
  });

  it("keeps what the admin saved and the uploaded logo side by side", async () => {
    // the tracking pages' cached copy, read before each change, follows every change at once
    const cachedBefore = await cachedStoreProfile();
    const saved = await profile({
      name: "Chai & Co.",
      supportEmail: "help@chai.example",
      supportPhone: "98765 43210",
      logoUrl: "",
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ supportPhone: "+919876543210", logoUrl: null });
    expect(cachedBefore.name).not.toBe("Chai & Co.");
    expect(await cachedStoreProfile()).toMatchObject({ name: "Chai & Co.", logoUrl: null });

    const uploaded = await logo(`data:image/png;base64,${PNG.toString("base64")}`);
    expect(uploaded.status).toBe(200);
    const { uploadedLogoVersion, name } = await uploaded.json();
    expect(name).toBe("Chai & Co.");
    expect((await cachedStoreProfile()).uploadedLogoVersion).toBe(uploadedLogoVersion);
    const served = await getLogo(
      new NextRequest(`http://localhost/api/store/logo?v=${uploadedLogoVersion}`),
      noParams,
    );
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    // saving the form again does not drop the uploaded logo
    await profile({ name: "Chai & Co.", supportEmail: "", supportPhone: "", logoUrl: "" });
    const read = await getProfile(pageRequest("/api/admin/store-profile", { cookie }), noParams);
    expect(await read.json()).toMatchObject({ uploadedLogoVersion, supportEmail: null });

    const removed = await deleteLogo(
      pageRequest("/api/admin/store-logo", { cookie, method: "DELETE" }),
      noParams,
    );
    expect((await removed.json()).uploadedLogoVersion).toBeNull();
    expect((await cachedStoreProfile()).uploadedLogoVersion).toBeNull();
    expect(
      (await getLogo(new NextRequest("http://localhost/api/store/logo"), noParams)).status,
    ).toBe(404);
  });

  it("accepts only images whose bytes are PNG, JPEG or WebP, and small", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    for (const dataUrl of [
      `data:image/svg+xml;base64,${svg.toString("base64")}`,
      `data:image/png;base64,${svg.toString("base64")}`,
      `data:image/png;base64,${Buffer.concat([PNG, Buffer.alloc(49 * 1024)]).toString("base64")}`,
    ]) {
      const res = await logo(dataUrl);
      expect(res.status).toBe(422);
      expect(await fields(res)).toEqual(["dataUrl"]);
    }
  });
});
