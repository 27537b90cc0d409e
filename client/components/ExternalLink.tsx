import type { ReactNode } from "react";

/**
 * A link out of the app to a source's own page, in a new tab that cannot reach back into this one
 * (`noopener`). `href` must already be checked with `safeHttpUrl`.
 */
export function ExternalLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
