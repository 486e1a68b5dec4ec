"use client";
import dynamic from "next/dynamic";

// The home page's team-mode parts load only when the page renders them: the designer on a lab
// machine without team mode never fetches the account menu, the reminders, the server-saved
// designs or their styles.
export const AccountMenu = dynamic(() => import("./account-menu").then((m) => m.AccountMenu));
export const ReminderBanner = dynamic(() => import("./reminder-banner").then((m) => m.ReminderBanner));
export const ServerDesigns = dynamic(() => import("../designs/server-designs").then((m) => m.ServerDesigns));
