import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SignInForm } from "../../components/account/sign-in-form";
import styles from "../../components/account/account.module.css";
import { pageViewer } from "../../server/accounts/page-viewer";

/** Team mode's sign-in; the embedded mode has no accounts and goes straight to the designer. */
export default async function SignInPage() {
  await connection();
  const viewer = await pageViewer(await headers());
  if (viewer.mode !== "signed-out") redirect("/");
  return (
    <main className={styles.page}>
      <SignInForm />
    </main>
  );
}
