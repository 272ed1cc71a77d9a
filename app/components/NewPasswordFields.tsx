import { PASSWORD_MIN_LENGTH } from "@koers/domain";
import { useT } from "../lib/i18n";
import { FormField, textboxClass } from "./FormField";

/** New password + repeat, with the length rule stated up front. */
export function NewPasswordFields({ errors }: { errors?: Record<string, string> | undefined }) {
  const t = useT();
  return (
    <>
      <FormField
        id="password"
        label={t("fields.newPassword")}
        description={t("fields.newPasswordHint", { min: PASSWORD_MIN_LENGTH })}
        error={errors?.password}
      >
        {(props) => (
          <input
            {...props}
            name="password"
            type="password"
            autoComplete="new-password"
            className={textboxClass(Boolean(errors?.password))}
          />
        )}
      </FormField>
      <FormField id="confirm" label={t("fields.confirmPassword")} error={errors?.confirm}>
        {(props) => (
          <input
            {...props}
            name="confirm"
            type="password"
            autoComplete="new-password"
            className={textboxClass(Boolean(errors?.confirm))}
          />
        )}
      </FormField>
    </>
  );
}
