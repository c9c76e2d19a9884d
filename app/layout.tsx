import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { SignOutButton } from "@/components/sign-out-button";
import { getCurrentUser } from "@/lib/server/access";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "TCO Planner", template: "%s · TCO Planner" },
  description: "Compare the total cost of ownership of frontier APIs, seats and a domain-adapted self-hosted model.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser().catch(() => null);

  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="no-print border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
            <Link href="/" className="font-semibold text-slate-900 no-underline">
              TCO Planner
            </Link>
            {user ? (
              <div className="flex items-center gap-3 text-sm text-slate-600">
                <span data-testid="signed-in-as">{user.email}</span>
                <SignOutButton />
              </div>
            ) : (
              <Link href="/login" className="text-sm">
                Sign in
              </Link>
            )}
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
