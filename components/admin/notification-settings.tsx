"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "./api";
import { NotificationSettingsForm } from "./notification-settings-form";
import {
  SETTINGS_KEY,
  SETTINGS_URL,
  type NotificationSettingsView,
} from "./notification-settings-model";
import { NotificationTestPanel } from "./notification-test-panel";

/** Admin → E-mail and SMS: settings on the left, "send a test" on the right. */
export function NotificationSettings({ adminEmail }: { adminEmail: string }) {
  const client = useQueryClient();
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [version, setVersion] = useState(0);
  const query = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => api<NotificationSettingsView>(SETTINGS_URL),
  });
  const save = useMutation({
    mutationFn: (body: unknown) =>
      api<NotificationSettingsView>(SETTINGS_URL, { method: "PUT", body }),
    onSuccess: (data) => {
      client.setQueryData(SETTINGS_KEY, data);
      setSavedAt(new Date());
      setDirty(false);
      // Fresh form from what the server stored: typed secrets leave the page, "set" shows.
      setVersion((v) => v + 1);
    },
  });

  if (query.isPending)
    return (
      <p role="status" className="text-slate-500">
        Loading the e-mail and SMS settings…
      </p>
    );
  if (query.isError)
    return (
      <p role="alert" className="rounded-xl bg-red-50 p-4 text-red-800">
        Unable to load the e-mail and SMS settings ({query.error.message}).{" "}
        <button className="min-h-11 font-semibold underline" onClick={() => void query.refetch()}>
          Retry
        </button>
      </p>
    );
  const settings = query.data;
  return (
    <div className="grid items-start gap-6 xl:grid-cols-[3fr_2fr]">
      <NotificationSettingsForm
        key={version}
        settings={settings}
        save={{ pending: save.isPending, error: save.error, savedAt }}
        onSave={(body) => save.mutate(body)}
        onEdit={() => setDirty(true)}
        dirty={dirty}
      />
      <NotificationTestPanel
        smtpReady={settings.smtp !== null}
        smsReady={settings.sms !== null}
        dirty={dirty}
        adminEmail={adminEmail}
      />
    </div>
  );
}
