import { z } from "./zod";
import { ROLES } from "@/lib/auth/roles";

export const roleSchema = z.enum(ROLES, { message: "Choose a role: admin, ops, picker or packer" });

const password = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters");

const email = z.string().trim().toLowerCase().email("Enter a valid email address");
const name = z.string().trim().min(2, "Enter the person's name").max(80);

export const createUserSchema = z.object({ email, name, role: roleSchema, password });

/** The one-time set-up link's page: the first admin of a database without users. */
export const firstAdminSchema = z.object({
  token: z.string().trim().min(20, "This set-up link is incomplete.").max(200),
  email,
  name,
  password,
});

/** PACKLINE_ADMIN_EMAIL and PACKLINE_ADMIN_PASSWORD, checked like any new user's. */
export const firstAdminFromEnvSchema = z.object({ email, password });

export const updateUserSchema = z
  .object({
    name: z.string().trim().min(2).max(80).optional(),
    role: roleSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Nothing to change");

/** An admin sets a new password for someone (lib/users/reset-user-password.ts). */
export const resetPasswordSchema = z.object({ password });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type FirstAdminInput = z.infer<typeof firstAdminSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
