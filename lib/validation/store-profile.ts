import { indianPhone } from "./indian-contact";
import { z } from "./zod";

const emptyAsNull = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal(""), schema]).transform((value) => (value === "" ? null : value));

/** The store as customers know it, shown on the tracking page instead of "Packline". */
export const storeProfileInput = z.object({
  name: z.string().trim().min(1, "Enter the store's name as customers know it.").max(80),
  supportEmail: emptyAsNull(z.email("Enter an e-mail address like help@store.in.").max(200)),
  supportPhone: emptyAsNull(indianPhone),
  // The tracking page loads images over https only (its Content-Security-Policy).
  logoUrl: emptyAsNull(
    z
      .url({ protocol: /^https$/, message: "Enter an https:// address of the logo image." })
      .max(500),
  ),
});
export type StoreProfileInput = z.output<typeof storeProfileInput>;

export const STORE_LOGO_MAX_BYTES = 48 * 1024;
const LOGO_TYPES = {
  "image/png": (b: Buffer) => b.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex")),
  "image/jpeg": (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/webp": (b: Buffer) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" &&
    b.subarray(8, 12).toString("latin1") === "WEBP",
} as const;
type LogoType = keyof typeof LOGO_TYPES;

/**
 * An uploaded logo as a data URL. Only PNG, JPEG or WebP whose bytes really are that format: an
 * SVG could carry script, and the logo is served from Packline's own origin.
 */
export const storeLogoInput = z.object({
  dataUrl: z
    .string()
    .max(Math.ceil((STORE_LOGO_MAX_BYTES * 4) / 3) + 64)
    .transform((value, ctx) => {
      const match = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/.exec(value);
      const bytes = match ? Buffer.from(match[2]!, "base64") : null;
      const type = match?.[1] as LogoType | undefined;
      if (!bytes || !type || !LOGO_TYPES[type](bytes)) {
        ctx.addIssue({ code: "custom", message: "Choose a PNG, JPEG or WebP image." });
        return z.NEVER;
      }
      if (bytes.length > STORE_LOGO_MAX_BYTES) {
        ctx.addIssue({ code: "custom", message: "Choose a logo of at most 48 KB." });
        return z.NEVER;
      }
      return { contentType: type, bytes };
    }),
});
