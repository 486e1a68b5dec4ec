import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AccountMenu, ReminderBanner, ServerDesigns } from "../components/account/team-slots";
import { Designer } from "../components/shell/designer";
import { OpenDesignInputSchema } from "../lib/designs";
import { pageViewer } from "../server/accounts/page-viewer";

type Search = { design?: string | string[]; version?: string | string[] };

/** `?design=<id>&version=<n>` from the class view's list, or undefined when absent or malformed. */
function viewedDesign(search: Search) {
  const version = typeof search.version === "string" ? Number(search.version) : undefined;
  const parsed = OpenDesignInputSchema.safeParse({ id: search.design, ...(version === undefined ? {} : { version }) });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The designer is the home page: the lab's students land on their network. In team mode
 * (VPCD_DATABASE_URL) it needs a signed-in student, whose design is also saved on the server
 * (My designs, versions); an instructor lands on the class view, and comes here only to read
 * a student's saved design (`?design=…`), which nothing they do saves over.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<Search> }) {
  // Team mode is a run-time setting, so the page is decided per request, not at build time.
  await connection();
  const viewer = await pageViewer(await headers());
  if (viewer.mode === "embedded") return <Designer />;
  if (viewer.mode === "signed-out") redirect("/sign-in");
  const viewing = viewer.member.role === "instructor" ? viewedDesign(await searchParams) : undefined;
  if (viewer.member.role === "instructor" && !viewing) redirect("/instructor");
  return (
    <>
      <Designer
        accountSlot={
          <>
            <ServerDesigns owner={viewer.account.email} {...(viewing ? { viewing } : {})} />
            <AccountMenu account={viewer.account} />
          </>
        }
      />
      {viewing ? null : <ReminderBanner />}
    </>
  );
}
