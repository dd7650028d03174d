import type { Metadata } from "next";
import { AddUserForm } from "@/components/admin/add-user-form";
import { UsersTable } from "@/components/admin/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const caller = await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Users and roles"
        description="Who can sign in, and which screen each person lands on."
      />
      <div className="flex flex-col gap-4">
        <AddUserForm />
        <UsersTable currentUserId={caller.id} />
      </div>
    </>
  );
}
