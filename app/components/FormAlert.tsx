import { useT } from "../lib/i18n";

/** A message about the whole form (or a confirmation), announced to screen readers. */
export function FormAlert({
  message,
  values,
  kind = "error",
}: {
  message: string | null | undefined;
  values?: Record<string, string | number> | undefined;
  kind?: "error" | "ok" | "info";
}) {
  const t = useT();
  if (!message) return null;
  return (
    <div className={`utrecht-alert utrecht-alert--${kind}`} role={kind === "error" ? "alert" : "status"}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">{t(message, values)}</p>
      </div>
    </div>
  );
}
