import { z } from "zod";

// In the browser, Packline's Content-Security-Policy forbids eval (proxy.ts). zod would probe
// for it with `new Function` when it builds an object schema (the probe fails quietly but the
// browser reports a violation) and then parse without it anyway, so tell it not to try. Every
// schema in lib/validation takes z from here, so this runs before any of them is built. The
// server keeps zod's compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
