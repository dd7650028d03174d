import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";

/** Marks a put-back task done: the units are back in their bin. Once only, whoever is first. */
export async function completePutBackTask(input: {
  taskId: string;
  user: { id: string };
}): Promise<{ id: string; status: "DONE"; doneAt: string }> {
  const doneAt = new Date();
  const { count } = await db.putBackTask.updateMany({
    where: { id: input.taskId, status: "OPEN" },
    data: { status: "DONE", doneAt, doneById: input.user.id },
  });
  if (count === 1) return { id: input.taskId, status: "DONE", doneAt: doneAt.toISOString() };
  const task = await db.putBackTask.findUnique({
    where: { id: input.taskId },
    select: { sku: true, doneBy: { select: { name: true } } },
  });
  if (!task) throw notFound("The put-back task");
  throw new AppError(
    "CONFLICT",
    `These ${task.sku} units were already put back${task.doneBy ? ` by ${task.doneBy.name}` : ""}.`,
  );
}
