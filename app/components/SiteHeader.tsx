import { Link, useLocation, useNavigate, useParams } from "@remix-run/react";
import { useT } from "../lib/i18n";
import { unsavedCopies } from "../lib/local-copies";
import { LanguageSwitch } from "./LanguageSwitch";

type Props = {
  user: { id: string; name: string; email: string } | null;
  memberships: { slug: string; name: string; role: string }[];
};

/**
 * Koers' header: the product name, the municipality switcher (when a user belongs to more
 * than one), the user menu and the language switch. Menus are <details> disclosures: they
 * open with the keyboard and work without JavaScript.
 */
export function SiteHeader({ user, memberships }: Props) {
  const t = useT();
  const { slug } = useParams();
  const current = memberships.find((m) => m.slug === slug);
  const navigate = useNavigate();
  // A menu closes once its choice is made: keyed by the location, it starts closed on every page.
  const { key: pageKey } = useLocation();
  return (
    <header className="utrecht-page-header koers-header">
      <div className="koers-header__inner">
        <Link to={current ? `/g/${current.slug}` : "/"} className="koers-logo">
          <span className="koers-logo__mark" aria-hidden="true">
            K
          </span>
          <span className="koers-logo__text">
            Koers
            {current ? <span className="koers-logo__municipality">{current.name}</span> : null}
          </span>
        </Link>
        <div className="koers-header__tools">
          {user && memberships.length > 1 ? (
            <details className="koers-menu" key={pageKey}>
              <summary className="koers-menu__toggle">{t("shell.switchMunicipality")}</summary>
              <ul className="koers-menu__list">
                {memberships.map((m) => (
                  <li key={m.slug}>
                    <Link
                      to={`/g/${m.slug}`}
                      className="utrecht-link"
                      aria-current={m.slug === slug ? "page" : undefined}
                    >
                      {m.name}
                    </Link>
                    <span className="koers-menu__meta"> — {t(`roles.${m.role}`)}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {user ? (
            <details className="koers-menu" key={pageKey}>
              <summary className="koers-menu__toggle">
                <span className="koers-visually-hidden">{t("shell.userMenu")}: </span>
                {user.name}
              </summary>
              <div className="koers-menu__list">
                <p className="koers-menu__meta">{user.email}</p>
                <form
                  method="post"
                  action="/logout"
                  onSubmit={(event) => {
                    // Text on this device the server has not stored yet: the logout page says so first.
                    if (unsavedCopies(user.id).length === 0) return;
                    event.preventDefault();
                    navigate("/logout");
                  }}
                >
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                    {t("shell.logout")}
                  </button>
                </form>
              </div>
            </details>
          ) : null}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
