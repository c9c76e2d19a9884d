/**
 * Permissions of each organization role. Code calls `can(role, "catalog:edit")`, and a role or
 * permission missing from this table is denied.
 */
export const ROLES = ["owner", "editor", "viewer"] as const;
export type RoleName = (typeof ROLES)[number];

const PERMISSIONS = {
  "org:read": ["owner", "editor", "viewer"],
  "org:manage": ["owner"],
  "members:read": ["owner", "editor", "viewer"],
  "members:manage": ["owner"],
  "catalog:read": ["owner", "editor", "viewer"],
  "catalog:edit": ["owner", "editor"],
  "teams:edit": ["owner", "editor"],
  "scenario:read": ["owner", "editor", "viewer"],
  "scenario:create": ["owner", "editor"],
  "scenario:edit": ["owner", "editor"],
  "scenario:archive": ["owner", "editor"],
  "comment:create": ["owner", "editor", "viewer"],
  // Deleting other people's comments.
  "comment:moderate": ["owner"],
  "share:manage": ["owner", "editor"],
  "audit:read": ["owner", "editor", "viewer"],
} as const satisfies Record<string, readonly RoleName[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: string | null | undefined, permission: Permission): boolean {
  if (!role) return false;

  const allowed: readonly string[] | undefined = PERMISSIONS[permission];

  return allowed?.includes(role) ?? false;
}
