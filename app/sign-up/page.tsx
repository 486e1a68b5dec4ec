import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SignUpForm } from "../../components/account/sign-up-form";
import styles from "../../components/account/account.module.css";
import { pageViewer } from "../../server/accounts/page-viewer";

/** Team mode's sign-up with a class's invite code. */
export default async function SignUpPage() {
  await connection();
  const viewer = await pageViewer(await headers());
  if (viewer.mode !== "signed-out") redirect("/");
  return (
    <main className={styles.page}>
      <SignUpForm />
    </main>
  );
}
