import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AccountMenu } from "../../components/account/account-menu";
import { InstructorRoster } from "../../components/class/instructor-roster";
import { StudentDesigns } from "../../components/designs/student-designs";
import styles from "../../components/class/roster.module.css";
import { pageViewer } from "../../server/accounts/page-viewer";

/** The instructor's class view (team mode): the roster, running cost, reminders and cleanups, and the students' saved designs. */
export default async function InstructorPage() {
  await connection();
  const viewer = await pageViewer(await headers());
  if (viewer.mode === "embedded") redirect("/");
  if (viewer.mode === "signed-out") redirect("/sign-in");
  if (viewer.member.role !== "instructor") redirect("/");
  return (
    <div className={styles.page} data-testid="instructor-page">
      <div className={styles.bar}>
        <AccountMenu account={viewer.account} isOnClassView />
      </div>
      <InstructorRoster className={viewer.classRow.name} studentCode={viewer.classRow.studentCode} />
      <StudentDesigns />
    </div>
  );
}
