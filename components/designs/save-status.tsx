"use client";
import { useTranslations } from "next-intl";
import { useServerSaveStore } from "./save-store";
import { loadNewerVersion, saveAsCopy } from "./session";
import styles from "./designs.module.css";

/**
 * Where the design is kept, in a few words: saving, saved on the server (which version), only
 * in this browser while the server cannot be reached (it retries), or a newer version saved
 * elsewhere, with the two ways out: load that version, or save this one as a copy.
 */
export function SaveStatus() {
  const t = useTranslations("designs.status");
  const { status, binding, latestVersion, openedVersion, viewing } = useServerSaveStore();
  // Read-only shows once the design (and whose it is) has arrived.
  if (status === "idle" || (status === "read-only" && !viewing)) return null;
  const isOlder = status === "saved" && openedVersion !== undefined;
  const key = isOlder ? "openedOlder" : status;
  const text =
    status === "read-only"
      ? t("read-only", { owner: viewing!.ownerName, version: viewing!.version, latest: viewing!.latestVersion })
      : t(key, { version: isOlder ? openedVersion : (binding?.version ?? 0), latest: isOlder ? (binding?.version ?? 0) : (latestVersion ?? 0) });
  // The toolbar has room for a few words; the whole story is in the tooltip.
  const detail = t.has(`${key}Detail`) ? t(`${key}Detail` as "local-onlyDetail") : text;
  return (
    <>
      <span className={styles.status} data-testid="save-status" data-status={status} data-version={status === "read-only" ? (viewing?.version ?? 0) : (binding?.version ?? 0)} role="status" title={detail}>
        {text}
      </span>
      {status === "conflict" ? (
        <div className={styles.conflict} role="alert" data-testid="save-conflict">
          <span>{t("conflictDetail", { latest: latestVersion ?? 0 })}</span>
          <div className={styles.actions}>
            <button type="button" className="btn btn-primary btn-small" data-testid="conflict-load" onClick={() => void loadNewerVersion()}>
              {t("loadNewer", { latest: latestVersion ?? 0 })}
            </button>
            <button type="button" className="btn btn-small" data-testid="conflict-copy" onClick={() => void saveAsCopy()}>
              {t("saveCopy")}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
