import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "../../lib/actions/result";

/**
 * An action's error in the reader's language: a refused confirmation carries a reason key
 * (lib/confirm CONFIRM_REFUSALS_EN) that the catalogues translate; an error of the app's own
 * engine ("still being deployed", "no sandbox is running") is worded from its code
 * (`deploy.actionError.<cause>`); anything else (AWS's own words) shows as the server sent it.
 */
export function useActionErrorText(): (error: ActionFailure["error"]) => string {
  const t = useTranslations("deploy.confirmation.refused");
  const tCause = useTranslations("deploy.actionError");
  return useCallback(
    (error) => {
      if (error.reason && t.has(error.reason.key as never)) return t(error.reason.key as never, error.reason.params as never);
      if (error.cause && tCause.has(error.cause as never)) return tCause(error.cause as never);
      return error.message;
    },
    [t, tCause],
  );
}
