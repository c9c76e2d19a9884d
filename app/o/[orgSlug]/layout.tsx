import type { ReactNode } from "react";

import { NavTabs } from "@/components/nav-tabs";

/**
 * Navigation only. Every page and `generateMetadata` below runs its own access check, because a
 * layout is not re-rendered on every navigation and must not be the only guard.
 */
export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const base = `/o/${encodeURIComponent(orgSlug)}`;

  return (
    <div>
      <NavTabs
        label="Organization"
        items={[
          { href: base, title: "Scenarios" },
          { href: `${base}/catalog`, title: "Catalog" },
          { href: `${base}/teams`, title: "Teams" },
          { href: `${base}/members`, title: "Members" },
          { href: `${base}/audit`, title: "Audit log" },
          { href: `${base}/settings`, title: "Settings" },
        ]}
      />
      {children}
    </div>
  );
}
