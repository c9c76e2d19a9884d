import "server-only";

import type { SignedInUser } from "../access";
import type { Database } from "../db";
import { findMembership } from "../orgs/find-membership";
import { can, type Permission, type RoleName } from "../permissions";

export type Actor = SignedInUser;

export interface ActorAccess {
  actor: Actor;
  org: { id: string; slug: string; name: string; currency: string; catalogVersion: number };
  role: RoleName;
}

/** Outcomes every scenario and comment operation shares: a 404 for non-members, a refusal for roles. */
export type AccessDenied = { status: "not-found" } | { status: "forbidden"; permission: Permission };

/**
 * Verifies that the actor is a member of the organization with this slug and that their role has
 * `permission`. Every scenario and comment operation starts with this check. The operations take
 * the database and the actor as arguments, so the same check runs in actions and in tests.
 */
export async function authorizeActor(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  permission: Permission,
): Promise<{ status: "ok"; access: ActorAccess } | AccessDenied> {
  const membership = await findMembership(database, actor.id, unverifiedOrgSlug);
  if (!membership) return { status: "not-found" };
  if (!can(membership.role, permission)) return { status: "forbidden", permission };

  return { status: "ok", access: { actor, org: membership.org, role: membership.role } };
}
