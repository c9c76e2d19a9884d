"use server";

import { AuthError } from "next-auth";
import { z } from "zod";

import { safeReturnPath } from "@/lib/safe-return-path";

import { signIn, signOut } from "../auth";
import { logger } from "../logger";

export interface SignInState {
  email: string;
  error?: string;
}

const emailSchema = z.email({ error: "Enter an email address such as name@example.com." });

export async function requestSignInLinkAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return { email, error: parsed.error.issues[0].message };

  try {
    await signIn("email", { email: parsed.data.toLowerCase(), redirectTo: safeReturnPath(formData.get("callbackUrl")) });
  } catch (error) {
    // signIn ends with a redirect to the "check your email" page, which Next implements as a throw.
    if (!(error instanceof AuthError)) throw error;

    logger.error({ err: error, type: error.type }, "sending the sign-in link failed");

    return { email, error: "The sign-in link could not be sent. Try again in a minute." };
  }

  return { email };
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = String(formData.get("provider") ?? "");
  await signIn(provider, { redirectTo: safeReturnPath(formData.get("callbackUrl")) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
