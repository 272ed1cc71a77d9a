import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on a narrow screen instead of widening the page
 * (WCAG 1.4.10). Focusable and named, so keyboard users can scroll it too.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="koers-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
