import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "../../lib/i18n";

type Props = {
  id: string;
  title: string;
  count: number;
  /** Said when nothing is missing: the good news. */
  none: string;
  items: { id: string; label: string; href: string }[];
  intro?: string;
  children?: ReactNode;
};

/** One kind of gap: how many, and which ones, each linked to where it can be fixed. */
export function GapList({ id, title, count, none, items, intro, children }: Props) {
  const t = useT();
  return (
    <section aria-labelledby={`${id}-heading`} className="koers-section" id={id} data-gap={id}>
      <h3 className="utrecht-heading-3" id={`${id}-heading`}>
        {title} <span className="koers-muted">({count})</span>
      </h3>
      {count === 0 ? (
        <p className="utrecht-paragraph koers-gap-ok">
          <span aria-hidden="true">✓</span> {none}
        </p>
      ) : (
        <>
          {intro ? <p className="utrecht-paragraph">{intro}</p> : null}
          <ul className="utrecht-unordered-list koers-gap-list">
            {items.map((item) => (
              <li key={item.id} className="utrecht-unordered-list__item">
                <Link to={item.href} className="utrecht-link">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          {items.length < count ? (
            <p className="utrecht-paragraph koers-muted">{t("insight.gaps.firstOf", { shown: items.length, count })}</p>
          ) : null}
        </>
      )}
      {children}
    </section>
  );
}
