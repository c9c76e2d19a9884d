import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignInForm } from "@/components/sign-in-form";
import { safeReturnPath } from "@/lib/safe-return-path";
import { getCurrentUser } from "@/lib/server/access";
import { signInWithProviderAction } from "@/lib/server/actions/auth-actions";
import { listSignInProviders } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Sign in" };

const ERROR_MESSAGES: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "Sign-in was refused.",
  Configuration: "Sign-in is not configured correctly on this server. Tell your administrator.",
};

type SearchParams = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const parameters = await searchParams;
  const callbackUrl = safeReturnPath(parameters.callbackUrl);
  const error = typeof parameters.error === "string" ? parameters.error : undefined;
  if (await getCurrentUser()) redirect(callbackUrl);

  const otherProviders = listSignInProviders().filter((provider) => provider.id !== "email");

  return (
    <div className="mx-auto max-w-md space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <h1>Sign in to TCO Planner</h1>
      {error ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {Object.hasOwn(ERROR_MESSAGES, error) ? ERROR_MESSAGES[error] : "Sign-in failed. Try again."}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      {otherProviders.length > 0 ? (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          {otherProviders.map((provider) => (
            <form key={provider.id} action={signInWithProviderAction}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className="w-full rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">
                Continue with {provider.name}
              </button>
            </form>
          ))}
        </div>
      ) : null}
    </div>
  );
}
