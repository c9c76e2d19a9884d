import "server-only";

import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { auth } from "./auth";
import { getDatabase } from "./db";
import { checkDatabaseHealth } from "./health";
import { findMembership } from "./orgs/find-membership";
import { can, type Permission, type RoleName } from "./permissions";

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
}

export interface OrgAccess {
  user: SignedInUser;
  org: { id: string; slug: string; name: string; currency: string; catalogVersion: number };
  role: RoleName;
  can: (permission: Permission) => boolean;
}

/** Thrown by actions and route handlers when a member lacks a permission. Pages respond with 404 instead. */
export class ForbiddenError extends Error {
  constructor(permission: Permission) {
    super(`Your role does not allow ${permission}.`);
    this.name = "ForbiddenError";
  }
}

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Auth.js returns no session when the session lookup itself fails. With a session cookie
 * present that would send a signed-in person to the sign-in page during a database outage, so
 * the outage is raised instead and the error page is shown.
 */
async function assertDatabaseReachableForSession(): Promise<void> {
  const cookieStore = await cookies();
  if (!SESSION_COOKIES.some((name) => cookieStore.has(name))) return;

  const health = await checkDatabaseHealth();
  if (!health.ok) throw new Error("The database cannot be reached.");
}

/**
 * Returns the signed-in user from the database session, or null. Memoized per request, so the
 * layout and the page share one session lookup.
 */
export const getCurrentUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) {
    await assertDatabaseReachableForSession();

    return null;
  }

  return { id: user.id, email: user.email, name: user.name ?? null };
});

/** Returns the signed-in user, or sends the person to sign in and back to `returnPath`. */
export async function requireUser(returnPath: string): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnPath)}`);

  return user;
}

/**
 * Verifies that `user` is a member of the organization with this slug and returns the verified
 * organization, or null for a missing organization and a foreign one alike.
 */
export async function findOrgAccess(user: SignedInUser, unverifiedOrgSlug: string): Promise<OrgAccess | null> {
  const membership = await findMembership(await getDatabase(), user.id, unverifiedOrgSlug);
  if (!membership) return null;

  return { user, org: membership.org, role: membership.role, can: (permission) => can(membership.role, permission) };
}

/**
 * The access check of every organization page, layout and `generateMetadata`: signs the person
 * in if needed, responds with 404 when they are not a member, and with 404 when `permission` is given and
 * their role lacks it.
 */
export async function getOrgAccessOrThrow(
  unverifiedOrgSlug: string,
  returnPath: string,
  permission?: Permission,
): Promise<OrgAccess> {
  const user = await requireUser(returnPath);
  const access = await findOrgAccess(user, unverifiedOrgSlug);
  if (!access) notFound();
  if (permission && !access.can(permission)) notFound();

  return access;
}

/** Throws ForbiddenError unless the verified member's role has `permission`. */
export function assertCan(access: OrgAccess, permission: Permission): void {
  if (!access.can(permission)) throw new ForbiddenError(permission);
}
