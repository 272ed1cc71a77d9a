import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { isLocale, type Locale } from "@koers/i18n";
import tokens from "@utrecht/design-tokens/dist/index.css";
import components from "@utrecht/component-library-css/dist/index.css";
import appStyles from "./styles/app.css";
import { SiteFooter } from "./components/SiteFooter";
import { SiteHeader } from "./components/SiteHeader";
import { SkipLink } from "./components/SkipLink";
import { I18nProvider, useT } from "./lib/i18n";
import { koers } from "./lib/context.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: tokens },
  { rel: "stylesheet", href: components },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: FAVICON, type: "image/svg+xml" },
];

const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#01689b"/><path d="M10 7v18M10 16l10-9M13 14l8 11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round"/></svg>',
  );

export const meta: MetaFunction = () => [{ title: "Koers" }];

export async function loader({ context }: LoaderFunctionArgs) {
  const { trpc, user, locale } = koers(context);
  const me = user ? await trpc.auth.me() : null;
  return { locale, user: me?.user ?? null, memberships: me?.memberships ?? [] };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

/** The document shell. Error pages use it too, so they keep the header and the language. */
export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = isLocale(data?.locale) ? data.locale : "nl";
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme utrecht-body utrecht-page-body">
        <I18nProvider locale={locale}>
          <SkipLink />
          <SiteHeader user={data?.user ?? null} memberships={data?.memberships ?? []} />
          <main id="inhoud" className="koers-main utrecht-page-content" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </I18nProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} />;
}

/** 403, 404 and 500 in the user's language, with a way back. */
export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const kind = status === 403 ? "forbidden" : status === 404 ? "notFound" : "serverError";
  return (
    <div className="koers-error-page">
      <h1 className="utrecht-heading-1">{t(`errorPage.${kind}.title`)}</h1>
      <p className="utrecht-paragraph">{t(`errorPage.${kind}.body`)}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/">
          {t("errorPage.home")}
        </a>
      </p>
      <p className="utrecht-paragraph utrecht-paragraph--small">{t("errorPage.code", { status })}</p>
    </div>
  );
}
