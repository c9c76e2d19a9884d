import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1>Check your email</h1>
      <p>A sign-in link is on its way. Open it in this browser to continue.</p>
      <p className="text-sm text-slate-600">
        Running locally without SMTP? The link is printed in the server&apos;s terminal.
      </p>
    </div>
  );
}
