import type { ReactNode } from "react";

/**
 * Lets a wide table or chart scroll sideways on a small screen instead of widening the page.
 * Focusable and named, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="koers-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
