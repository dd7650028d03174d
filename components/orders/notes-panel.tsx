"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, postJson } from "./api-client";
import type { OrderDetailJson } from "./order-detail-types";
import { formatIst } from "./format";

/** Internal notes: visible to the whole team, never to the customer. */
export function NotesPanel({
  orderId,
  notes,
}: {
  orderId: string;
  notes: OrderDetailJson["notes"];
}) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const add = useMutation({
    mutationFn: (text: string) => postJson(`/api/orders/${orderId}/notes`, { body: text }),
    onSuccess: async () => {
      setBody("");
      await queryClient.invalidateQueries({ queryKey: ["orders", "detail", orderId] });
    },
  });
  const error = add.error instanceof ApiError ? add.error : null;
  return (
    <div>
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(body);
        }}
      >
        <label htmlFor="note-body" className="text-sm font-semibold text-slate-700">
          Add an internal note
        </label>
        <textarea
          id="note-body"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "note-error" : undefined}
          placeholder="e.g. Customer contacted for address correction"
          className="rounded-lg border border-slate-300 p-3 text-base focus:border-brand-600"
        />
        {error && (
          <p id="note-error" role="alert" className="text-sm text-red-700">
            {error.fieldErrors.body?.[0] ?? error.message}
          </p>
        )}
        <Button type="submit" className="self-start" disabled={add.isPending || !body.trim()}>
          {add.isPending ? "Saving…" : "Add note"}
        </Button>
      </form>
      <ul className="mt-4 flex flex-col gap-3" aria-label="Notes">
        {notes.length === 0 && <li className="text-sm text-slate-500">No notes yet.</li>}
        {notes.map((note) => (
          <li key={note.id} className="rounded-lg bg-slate-50 p-3">
            <p className="text-sm whitespace-pre-wrap text-slate-900">{note.body}</p>
            <p className="mt-1 text-xs text-slate-500">
              {note.author} · <time dateTime={note.createdAt}>{formatIst(note.createdAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
