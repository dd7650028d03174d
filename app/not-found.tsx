import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return <StatusPage eyebrow="404" title="We could not find that page" />;
}
