import { redirect } from "next/navigation";
import { currentCaller } from "@/lib/auth/page-guard";
import { LANDING } from "@/lib/auth/roles";

export default async function Home() {
  const caller = await currentCaller();
  redirect(caller ? LANDING[caller.role] : "/login");
}
