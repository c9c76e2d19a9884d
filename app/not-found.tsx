import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1>Page not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <Link href="/">Go to your organizations</Link>
    </div>
  );
}
