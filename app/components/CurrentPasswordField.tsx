import { useT } from "../lib/i18n";
import { FormField, textboxClass } from "./FormField";

/** The password of an existing account (login, confirming an invitation). */
export function CurrentPasswordField({ error }: { error?: string | undefined }) {
  const t = useT();
  return (
    <FormField id="password" label={t("fields.password")} error={error}>
      {(props) => (
        <input
          {...props}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={textboxClass(Boolean(error))}
        />
      )}
    </FormField>
  );
}
