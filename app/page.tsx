import Link from "next/link";

import { CreateOrganizationForm } from "@/components/create-organization-form";
import { getCurrentUser } from "@/lib/server/access";
import { listMyOrganizations } from "@/lib/server/orgs/list-my-organizations";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();

  if (!user) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1>How should your engineers pay for LLM coding assistance?</h1>
        <p>
          TCO Planner compares the total cost of ownership of a frontier API billed per token, seat subscriptions, and an
          open model adapted to your own design documents and code and served on GPUs you rent or own, with your
          organization&apos;s negotiated prices and team sizes.
        </p>
        <Link href="/login" className="inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white no-underline hover:bg-blue-800">
          Sign in
        </Link>
      </div>
    );
  }

  const organizations = await listMyOrganizations(user.id);

  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section className="space-y-3">
        <h1>Your organizations</h1>
        {organizations.length === 0 ? (
          <p>You are not a member of any organization yet. Create one, or ask an owner to invite you.</p>
        ) : (
          <ul className="space-y-2">
            {organizations.map((org) => (
              <li key={org.slug} className="rounded border border-slate-200 bg-white p-3">
                <Link href={`/o/${org.slug}`} className="font-medium">
                  {org.name}
                </Link>
                <span className="ml-2 text-sm text-slate-500">{org.role}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2>Create an organization</h2>
        <p className="text-sm text-slate-600">It starts with a copy of the shipped price catalog, which you can then edit.</p>
        <CreateOrganizationForm />
      </section>
    </div>
  );
}
