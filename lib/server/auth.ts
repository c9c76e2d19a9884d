import "server-only";

import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Provider } from "next-auth/providers";

import { getDatabase } from "./db";
import { claimDemoOrganization } from "./demo";
import { getEnvironment } from "./env";
import { logger } from "./logger";
import { sendMail } from "./mail";

/** Sign-in links stay valid for 24 hours, Auth.js's default for email providers. */
const MAGIC_LINK_MAX_AGE_SECONDS = 24 * 60 * 60;

function emailProvider(): Provider {
  const environment = getEnvironment();

  return {
    id: "email",
    type: "email",
    name: "Email",
    from: environment.EMAIL_FROM,
    maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
    options: {},
    async sendVerificationRequest({ identifier, url }: { identifier: string; url: string }) {
      await sendMail({
        to: identifier,
        subject: "Sign in to TCO Planner",
        url,
        text: `Open this link to sign in to TCO Planner:\n\n${url}\n\nIf you did not ask for it, ignore this message.`,
      });
    },
  } as Provider;
}

/** OIDC providers are enabled by their environment variables; none is required. */
function oidcProviders(): Provider[] {
  const environment = getEnvironment();
  const providers: Provider[] = [];

  if (environment.AUTH_GITHUB_ID && environment.AUTH_GITHUB_SECRET) providers.push(GitHub);
  if (environment.AUTH_GOOGLE_ID && environment.AUTH_GOOGLE_SECRET) providers.push(Google);
  if (environment.AUTH_OIDC_ISSUER && environment.AUTH_OIDC_ID && environment.AUTH_OIDC_SECRET) {
    providers.push({
      id: "oidc",
      name: environment.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: environment.AUTH_OIDC_ISSUER,
      clientId: environment.AUTH_OIDC_ID,
      clientSecret: environment.AUTH_OIDC_SECRET,
    });
  }

  return providers;
}

/** Names and ids of the configured providers, for the sign-in page. */
export function listSignInProviders(): { id: string; name: string }[] {
  const environment = getEnvironment();
  const providers = [{ id: "email", name: "Email" }];

  if (environment.AUTH_GITHUB_ID && environment.AUTH_GITHUB_SECRET) providers.push({ id: "github", name: "GitHub" });
  if (environment.AUTH_GOOGLE_ID && environment.AUTH_GOOGLE_SECRET) providers.push({ id: "google", name: "Google" });
  if (environment.AUTH_OIDC_ISSUER && environment.AUTH_OIDC_ID && environment.AUTH_OIDC_SECRET) {
    providers.push({ id: "oidc", name: environment.AUTH_OIDC_NAME });
  }

  return providers;
}

export const { handlers, auth, signIn, signOut } = NextAuth(async (): Promise<NextAuthConfig> => {
  const database = await getDatabase();

  return {
    // The adapter is typed against @prisma/client's class; the generated Prisma 7 client has the same delegates.
    adapter: PrismaAdapter(database as never),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    // With AUTH_URL set, Auth.js builds every link on it. Without it (development only: production
    // refuses to start) links follow the request's Host header.
    trustHost: true,
    pages: { signIn: "/login", verifyRequest: "/login/check-email", error: "/login" },
    providers: [emailProvider(), ...oidcProviders()],
    events: {
      async signIn({ user }) {
        if (!user.id) return;

        const claimed = await claimDemoOrganization(user.id);
        if (claimed) logger.info({ userId: user.id, orgId: claimed }, "first sign-in took ownership of the demo organization");
      },
    },
  };
});
