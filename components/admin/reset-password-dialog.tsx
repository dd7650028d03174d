"use client";

import { useState } from "react";
import { DialogActions, FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";

/** Sets a new password for someone; says plainly that it signs them out everywhere. */
export function ResetPasswordDialog({
  user,
  self,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  user: { name: string; email: string };
  self: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: (password: string) => void;
  onClose: () => void;
}) {
  const [password, setPassword] = useState("");
  const tooShort = password.length < 10;
  // Mounted only while someone's password is being reset: open straight away.
  return (
    <FormDialog
      open
      width="md"
      title={`Reset the password of ${user.name}`}
      onSubmit={() => !tooShort && onConfirm(password)}
      onClose={onClose}
    >
      <p className="text-sm text-slate-600">
        {self
          ? "You will be signed out everywhere, this screen included, and sign in again with the new password."
          : `${user.name} is signed out everywhere at once and signs in with the new password; any sign-in delay on ${user.email} is cleared. Tell them the password in person or by phone.`}
      </p>
      <TextField
        label="New password"
        name="new-password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        hint="At least 10 characters"
        error={error ?? undefined}
      />
      <DialogActions
        submitLabel="Set new password"
        pending={pending}
        disabled={tooShort}
        cancelLabel="Keep the old password"
        onCancel={onClose}
      />
    </FormDialog>
  );
}
