import { signOutAction } from "@/lib/server/actions/auth-actions";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
