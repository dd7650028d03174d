import type { Prisma } from "@/lib/generated/prisma/client";

export const orderNoteSelect = {
  id: true,
  body: true,
  createdAt: true,
  author: { select: { name: true, role: true } },
} as const satisfies Prisma.OrderNoteSelect;

export interface OrderNoteView {
  id: string;
  body: string;
  author: string;
  authorRole: string;
  createdAt: string;
}

export function toOrderNoteView(
  note: Prisma.OrderNoteGetPayload<{ select: typeof orderNoteSelect }>,
): OrderNoteView {
  return {
    id: note.id,
    body: note.body,
    author: note.author.name,
    authorRole: note.author.role,
    createdAt: note.createdAt.toISOString(),
  };
}
