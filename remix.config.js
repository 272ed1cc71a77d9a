/**
 * Remix v2, classic compiler. Routes are declared here as a readable tree instead of dotted
 * file names; each route module lives in a folder under app/routes named for its page.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  ignoredRouteFiles: ["**/*"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  serverBuildPath: "build/index.js",
  assetsBuildDirectory: "build/client",
  publicPath: "/build/",
  // Workspace packages ship TypeScript sources: bundle them so the build runs on plain node too.
  serverDependenciesToBundle: [/^@koers\//],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
  },
  routes(defineRoutes) {
    return defineRoutes((route) => {
      route("", "routes/home/route.tsx", { index: true });
      route("login", "routes/login/route.tsx");
      route("logout", "routes/logout/route.tsx");
      route("taal", "routes/language/route.tsx");
      route("wachtwoord-vergeten", "routes/password-forgot/route.tsx");
      route("wachtwoord-herstellen/:token", "routes/password-reset/route.tsx");
      route("uitnodiging/:token", "routes/invitation/route.tsx");
      route("g/:slug", "routes/municipality/layout.tsx", () => {
        route("", "routes/municipality/home.tsx", { index: true });
        route("leden", "routes/municipality/members.tsx");
        route("toezeggingen", "routes/commitments/route.tsx");
        route("meldingen", "routes/notifications/inbox.tsx");
        route("meldingen/voorkeuren", "routes/notifications/preferences.tsx");
        route("programma/:programmeId", "routes/programme/layout.tsx", () => {
          route("", "routes/programme/overview.tsx", { index: true });
          route("tekst", "routes/programme/text.tsx");
          route("tekst/acties", "routes/programme/text-tracking.ts");
          route("tekst/reacties", "routes/programme/text-comments.ts");
          route("signalen", "routes/signals/list.tsx");
          route("signalen/:signalId", "routes/signals/detail.tsx");
          route("voortgangsverzoeken", "routes/requests/route.tsx");
          route("acties", "routes/programme/actions.tsx");
          route("acties.csv", "routes/programme/actions-csv.ts");
          route("dashboard", "routes/programme/dashboard.tsx");
          route("lacunes", "routes/programme/gaps.tsx");
          route("instellingen", "routes/programme/settings.tsx");
        });
        route("acties/:actionId", "routes/action/route.tsx");
        route("doelen/:goalId", "routes/goal/route.tsx");
        route("indicatoren/:indicatorId", "routes/indicator/route.tsx");
      });
      route("*", "routes/not-found/route.tsx");
    });
  },
};
