"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { postJson } from "./api-client";

/**
 * One action on the order page that posts to `path` and then reloads the order: its button says
 * `pendingLabel` while the request runs, and a refusal is shown under it in the server's words.
 */
export function OrderPostButton({
  orderId,
  path,
  label,
  pendingLabel,
}: {
  orderId: string;
  path: string;
  label: string;
  pendingLabel: string;
}) {
  const queryClient = useQueryClient();
  const post = useMutation({
    mutationFn: () => postJson(path, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["orders", "detail", orderId] }),
  });
  return (
    <div className="mt-2 flex flex-col items-start gap-1">
      <Button variant="secondary" onClick={() => post.mutate()} disabled={post.isPending}>
        {post.isPending ? pendingLabel : label}
      </Button>
      {post.error && (
        <p role="alert" className="text-red-700">
          {post.error.message}
        </p>
      )}
    </div>
  );
}
