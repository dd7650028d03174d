"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** The first admin's e-mail, name and password; checked by the server (lib/validation/user.ts). */
export function FirstAdminForm({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    setFields({});
    try {
      const password = String(form.get("password") ?? "");
      const admin = await postJson<{ email: string }>("/api/setup", {
        token,
        email: String(form.get("email") ?? ""),
        name: String(form.get("name") ?? ""),
        password,
      });
      // Signed in with what they just chose; should that fail, the sign-in page is next.
      const signedIn = await signIn("credentials", { ...admin, password, redirect: false });
      router.replace(signedIn?.ok ? "/admin" : "/login");
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFields(caught.fieldErrors);
        const fieldless = !Object.keys(caught.fieldErrors).length;
        setError(caught.fieldErrors.token?.[0] ?? (fieldless ? caught.message : null));
      } else setError("Could not reach Packline. Check the network and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        error={fields.email?.[0]}
      />
      <TextField label="Name" name="name" autoComplete="name" required error={fields.name?.[0]} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={fields.password?.[0]}
      />
      {error && (
        <p
          role="alert"
          className="rounded-lg bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200"
        >
          {error}
        </p>
      )}
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Creating…" : "Create admin and sign in"}
      </Button>
    </form>
  );
}
