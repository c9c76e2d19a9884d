import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends a path that cannot be decoded (such as `%ff`) or that decodes to a control character
 * (such as `%00`) to the not-found page. Next.js would otherwise fail with a 500 while decoding
 * route parameters, and a NUL byte would reach PostgreSQL, which rejects it in text.
 */
export function proxy(request: NextRequest) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404 });
  }

  if (/[\u0000-\u001f\u007f]/.test(decoded)) return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404 });

  return NextResponse.next();
}

export const config = {
  // Only the routes with parameters taken from the path.
  matcher: ["/o/:path*", "/r/:path*", "/invite/:path*"],
};
