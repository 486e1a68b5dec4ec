"use client";
import { useEffect } from "react";
import { DesignsMenu } from "./designs-menu";
import { SaveStatus } from "./save-status";
import { startServerDesigns, type ViewedDesign } from "./session";
import styles from "./designs.module.css";

/**
 * Team mode's designs in the toolbar: "My designs" and the save status. The page renders it
 * only for a signed-in member (the embedded mode keeps the browser's autosave alone); while
 * it is mounted, every edit of a student's is also saved on the server as a new version. An
 * instructor comes here `viewing` a student's design: it opens read-only and nothing is saved.
 */
export function ServerDesigns({ owner, viewing }: { owner: string; viewing?: ViewedDesign }) {
  const id = viewing?.id;
  const version = viewing?.version;
  useEffect(() => startServerDesigns(owner, id ? { id, ...(version ? { version } : {}) } : undefined), [owner, id, version]);
  return (
    <div className={styles.bar} data-testid="server-designs">
      <DesignsMenu isViewing={Boolean(id)} />
      <SaveStatus />
    </div>
  );
}
