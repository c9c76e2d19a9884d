import type { Metadata } from "next";

import { CurrencyForm } from "@/components/currency-form";
import { getOrgAccessOrThrow } from "@/lib/server/access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/settings`);

  return { title: `Settings · ${access.org.name}` };
}

export default async function SettingsPage({ params }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/settings`);

  return (
    <div className="space-y-4">
      <h1>Settings</h1>
      {access.can("org:manage") ? (
        // Keyed by the saved currency: after a save the form starts over from the stored value.
        <CurrencyForm key={access.org.currency} orgSlug={access.org.slug} currency={access.org.currency} />
      ) : (
        <p>
          Currency: <strong>{access.org.currency}</strong>. Only owners can change it.
        </p>
      )}
    </div>
  );
}
