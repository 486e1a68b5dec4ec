"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { adoptVpcAction } from "../../app/actions/import";
import type { TargetKind } from "../../lib/actions/inputs";
import type { ImportNote } from "../../lib/interop/notes";
import { useViewStore } from "../canvas/view-store";
import { useStoredChoice } from "../deploy/use-stored-choice";
import { noteText } from "./import-notes";
import { withParticles } from "../../lib/i18n/particles";

export type ImportedVpc = { target: TargetKind; region: string; vpcId: string; notes: ImportNote[] };

/**
 * After "Import from AWS": what the design could not express (in the reader's language), and
 * "Adopt as deployment" behind a confirmation that says what adopting means (recorded, compared,
 * never deleted). Once adopted, the Status tab shows the new deployment.
 */
export function ImportAwsResult({ imported, onDone }: { imported: ImportedVpc; onDone(): void }) {
  const t = useTranslations("designer.importAws");
  const [, setLastDeployment] = useStoredChoice<string>("vpcd.deploy.last", "");
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { vpcId, notes } = imported;
  const adopt = async () => {
    setBusy(true);
    const out = await adoptVpcAction({ target: imported.target, region: imported.region, vpcId });
    setBusy(false);
    if (!out.ok) return setError(out.error.message);
    setLastDeployment(out.data.deploymentId);
    const view = useViewStore.getState();
    view.toast(t("adopted", withParticles({ vpc: vpcId, id: out.data.deploymentId })));
    view.setTab("status");
    onDone();
  };
  return (
    <>
      {notes.length ? (
        <>
          <p>{t("unsupported", { count: notes.length })}</p>
          <pre className="notice-detail" data-testid="import-aws-unsupported">{notes.map((n) => noteText(t, n)).join("\n")}</pre>
        </>
      ) : (
        <p data-testid="import-aws-clean">{t("importedClean", withParticles({ vpc: vpcId }))}</p>
      )}
      {isConfirming ? (
        <div data-testid="import-aws-adopt-confirmation">
          <p>{t("adoptIntro", withParticles({ vpc: vpcId }))}</p>
          <p>
            <button type="button" className="btn btn-primary" disabled={isBusy} onClick={() => void adopt()} data-testid="import-aws-adopt-confirm">
              {isBusy ? t("adopting") : t("adoptConfirm", { vpc: vpcId })}
            </button>{" "}
            <button type="button" className="btn" disabled={isBusy} onClick={() => setConfirming(false)} data-testid="import-aws-adopt-cancel">
              {t("adoptCancel")}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" className="btn" onClick={() => setConfirming(true)} data-testid="import-aws-adopt">
            {t("adopt")}
          </button>
        </p>
      )}
      {error ? <p role="alert" data-testid="import-aws-error">{error}</p> : null}
    </>
  );
}
