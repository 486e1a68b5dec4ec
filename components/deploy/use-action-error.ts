import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "../../lib/actions/result";

/**
 * An action's error in the reader's language: a refused confirmation carries a reason key
 * (lib/confirm CONFIRM_REFUSALS_EN) that the catalogues translate; anything else shows the
 * server's message as it is.
 */
export function useActionErrorText(): (error: ActionFailure["error"]) => string {
  const t = useTranslations("deploy.confirmation.refused");
  return useCallback((error) => (error.reason && t.has(error.reason.key as never) ? t(error.reason.key as never, error.reason.params as never) : error.message), [t]);
}
