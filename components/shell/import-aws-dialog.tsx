"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { importVpcAction, listVpcsAction } from "../../app/actions/import";
import { currentDesign } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";
import { openDesign } from "./commands";
import { ImportAwsResult, type ImportedVpc } from "./import-aws-result";
import { withParticles } from "../../lib/i18n/particles";

type VpcChoice = { vpcId: string; name: string; cidr: string; isDefault: boolean };

/**
 * "Import from AWS": pick the sandbox or the account and a region, list its VPCs, import one as
 * the current design (one undo step). Then what the design cannot express, and "Adopt as
 * deployment" (import-aws-result.tsx).
 */
export function ImportAwsDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const t = useTranslations("designer.importAws");
  const ref = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<"sandbox" | "aws">("sandbox");
  const [region, setRegion] = useState(() => currentDesign().region);
  const [vpcs, setVpcs] = useState<VpcChoice[] | null>(null);
  const [vpcId, setVpcId] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportedVpc | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (isOpen && dialog && !dialog.open) dialog.showModal();
    if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);
  const list = async () => {
    setBusy(true);
    const out = await listVpcsAction({ target, region });
    setBusy(false);
    setError(out.ok ? null : out.error.message);
    setVpcs(out.ok ? out.data : null);
    setVpcId(out.ok ? (out.data[0]?.vpcId ?? "") : "");
  };
  const importOne = async () => {
    setBusy(true);
    const out = await importVpcAction({ target, region, vpcId });
    setBusy(false);
    if (!out.ok) return setError(out.error.message);
    openDesign(out.data.design);
    useViewStore.getState().toast(t("imported", withParticles({ vpc: vpcId })));
    setImported({ target, region, vpcId, notes: out.data.unsupported });
  };
  const close = () => (setImported(null), onClose());
  return (
    <dialog ref={ref} className="notice" aria-labelledby="import-aws-title" data-testid="import-aws" onClose={close}>
      <h2 id="import-aws-title">{t("title")}</h2>
      {imported ? (
        <ImportAwsResult imported={imported} onDone={close} />
      ) : (
        <>
          <p>{t("intro")}</p>
          <p>
            <select value={target} onChange={(e) => setTarget(e.target.value as "sandbox" | "aws")} aria-label={t("target")} data-testid="import-aws-target">
              <option value="sandbox">{t("sandbox")}</option>
              <option value="aws">{t("aws")}</option>
            </select>{" "}
            <label>
              {t("region")} <input value={region} onChange={(e) => setRegion(e.target.value.trim())} size={14} data-testid="import-aws-region" />
            </label>{" "}
            <button type="button" className="btn" disabled={busy} onClick={() => void list()} data-testid="import-aws-list">
              {busy && !vpcs ? t("listing") : t("list")}
            </button>
          </p>
          {vpcs && !vpcs.length ? <p>{t("none", { region })}</p> : null}
          {vpcs?.length ? (
            <p>
              <select value={vpcId} onChange={(e) => setVpcId(e.target.value)} aria-label={t("vpc")} data-testid="import-aws-vpc">
                {vpcs.map((v) => (
                  <option key={v.vpcId} value={v.vpcId}>
                    {t("choice", { id: v.vpcId, name: v.name || "-", cidr: v.cidr, isDefault: String(v.isDefault) })}
                  </option>
                ))}
              </select>{" "}
              <button type="button" className="btn btn-primary" disabled={busy || !vpcId} onClick={() => void importOne()} data-testid="import-aws-import">
                {busy ? t("importing") : t("import")}
              </button>
            </p>
          ) : null}
          {error ? <p role="alert" data-testid="import-aws-error">{error}</p> : null}
        </>
      )}
      <button type="button" className="btn" onClick={close} data-testid="import-aws-close">
        {t("close")}
      </button>
    </dialog>
  );
}
