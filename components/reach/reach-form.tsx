"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Design } from "../../lib/design/schema";
import { INTERNET, type Protocol } from "../../lib/reach";
import { useReachStore } from "./reach-store";

/** Ends a question can name: the Internet, instances, subnets and load balancers, by name. */
function ends(design: Design, except: string): { id: string; name: string }[] {
  const of = (r: Record<string, { id: string; name: string }>) => Object.values(r).map((e) => ({ id: e.id, name: e.name }));
  return [...of(design.instances), ...of(design.subnets), ...of(design.loadBalancers)].filter((e) => e.id !== except);
}

/**
 * "Can this reach…?": the selected entity is one end; the learner picks the other end, the
 * direction, protocol and port, and the answer is drawn on the canvas.
 */
export function ReachForm({ design, id }: { design: Design; id: string }) {
  const t = useTranslations("reach.ask");
  const formId = useId();
  const [direction, setDirection] = useState<"to" | "from">("to");
  const [other, setOther] = useState<string>(INTERNET);
  const [protocol, setProtocol] = useState<Protocol>("tcp");
  const [port, setPort] = useState("80");
  const focusFor = useReachStore((s) => s.focusFor);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focusFor !== id) return;
    first.current?.focus();
    useReachStore.getState().setFocusFor(null);
  }, [focusFor, id]);
  const portNumber = Number(port);
  const portOk = protocol === "icmp" || (/^\d{1,5}$/.test(port) && portNumber >= 1 && portNumber <= 65535);
  const submit = () => {
    if (!portOk) return;
    const [from, to] = direction === "to" ? [id, other] : [other, id];
    useReachStore.getState().ask({ from, to, protocol, port: protocol === "icmp" ? 0 : portNumber });
  };
  return (
    <form className="reach-form" aria-label={t("title")} onSubmit={(e) => { e.preventDefault(); submit(); }} data-testid="reach-form">
      <h3 className="reach-title">{t("title")}</h3>
      <div className="reach-row">
        <label htmlFor={`${formId}-dir`}>{t("direction")}</label>
        <select id={`${formId}-dir`} ref={first} value={direction} data-testid="reach-direction" onChange={(e) => setDirection(e.target.value as "to" | "from")}>
          <option value="to">{t("to")}</option>
          <option value="from">{t("from")}</option>
        </select>
      </div>
      <div className="reach-row">
        <label htmlFor={`${formId}-other`}>{t("other")}</label>
        <select id={`${formId}-other`} value={other} data-testid="reach-other" onChange={(e) => setOther(e.target.value)}>
          <option value={INTERNET}>{t("internet")}</option>
          {ends(design, id).map((e) => (
            <option key={e.id} value={e.id}>{e.name}</option>
          ))}
        </select>
      </div>
      <div className="reach-row reach-row-pair">
        <label htmlFor={`${formId}-proto`}>{t("protocol")}</label>
        <select id={`${formId}-proto`} value={protocol} data-testid="reach-protocol" onChange={(e) => setProtocol(e.target.value as Protocol)}>
          <option value="tcp">{t("tcp")}</option>
          <option value="udp">{t("udp")}</option>
          <option value="icmp">{t("icmp")}</option>
        </select>
        <label htmlFor={`${formId}-port`}>{t("port")}</label>
        <input id={`${formId}-port`} className="mono" inputMode="numeric" value={protocol === "icmp" ? "" : port} disabled={protocol === "icmp"} aria-invalid={!portOk} data-testid="reach-port" onChange={(e) => setPort(e.target.value)} />
      </div>
      {portOk ? null : <p className="reach-error" role="alert">{t("portInvalid")}</p>}
      <button type="submit" className="btn btn-small" data-testid="reach-ask">{t("submit")}</button>
    </form>
  );
}
