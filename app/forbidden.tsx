import { StatusPage } from "@/components/ui/status-page";

export default function Forbidden() {
  return (
    <StatusPage
      eyebrow="403 · Not allowed"
      title="This page is not part of your role"
      tone="danger"
    >
      Your account cannot open this page. If you need it, ask an admin to change your role.
    </StatusPage>
  );
}
