"use client";
import { useEffect } from "react";
import { DesignsMenu } from "./designs-menu";
import { SaveStatus } from "./save-status";
import { startServerDesigns } from "./session";
import styles from "./designs.module.css";

/**
 * Team mode's designs in the toolbar: "My designs" and the save status. The page renders it
 * only for a signed-in student (the embedded mode keeps the browser's autosave alone); while
 * it is mounted, every edit is also saved on the server as a new version.
 */
export function ServerDesigns({ owner }: { owner: string }) {
  useEffect(() => startServerDesigns(owner), [owner]);
  return (
    <div className={styles.bar} data-testid="server-designs">
      <DesignsMenu />
      <SaveStatus />
    </div>
  );
}
