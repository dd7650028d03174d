import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CreateUserInput } from "@/lib/validation/user";
import { toUserRow, userRowSelect, type UserRow } from "./user-row";

export async function createUser(options: {
  input: CreateUserInput;
  actorId: string;
}): Promise<UserRow> {
  const { input, actorId } = options;
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("CONFLICT", "A user with this email already exists.", {
        fieldErrors: { email: ["Already in use"] },
      });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: userRowSelect,
    });
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      details: { role: user.role },
    });
    return user;
  });
  // Sign-in attempts on an e-mail are counted before it has an account, so say if there were.
  return toUserRow(user);
}
