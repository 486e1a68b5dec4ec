import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AccountMenu } from "../components/account/account-menu";
import { ReminderBanner } from "../components/account/reminder-banner";
import { ServerDesigns } from "../components/designs/server-designs";
import { Designer } from "../components/shell/designer";
import { pageViewer } from "../server/accounts/page-viewer";

/**
 * The designer is the home page: the lab's students land on their network. In team mode
 * (VPCD_DATABASE_URL) it needs a signed-in student, whose design is also saved on the server
 * (My designs, versions); an instructor lands on the class view.
 */
export default async function HomePage() {
  // Team mode is a run-time setting, so the page is decided per request, not at build time.
  await connection();
  const viewer = await pageViewer(await headers());
  if (viewer.mode === "embedded") return <Designer />;
  if (viewer.mode === "signed-out") redirect("/sign-in");
  if (viewer.member.role === "instructor") redirect("/instructor");
  return (
    <>
      <Designer
        accountSlot={
          <>
            <ServerDesigns owner={viewer.account.email} />
            <AccountMenu account={viewer.account} />
          </>
        }
      />
      <ReminderBanner />
    </>
  );
}
