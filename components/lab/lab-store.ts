"use client";
import { create } from "zustand";
import { LAB_STEP_IDS, type LabStepId } from "../../lib/lab/types";

/** Lab progress in this browser: open or not, steps confirmed by hand, and the lab canvas kept while away. */
export const LAB_KEY = "vpcd:lab";

type Saved = { isOpen: boolean; confirmed: LabStepId[]; labDesign: string | null };

type LabState = Saved & {
  setOpen(isOpen: boolean): void;
  confirm(step: LabStepId): void;
  keepDesign(text: string | null): void;
  restart(): void;
};

function load(): Saved {
  const empty: Saved = { isOpen: false, confirmed: [], labDesign: null };
  if (typeof window === "undefined") return empty;
  try {
    const raw = JSON.parse(window.localStorage.getItem(LAB_KEY) ?? "null") as Partial<Saved> | null;
    if (!raw) return empty;
    const confirmed = (raw.confirmed ?? []).filter((s): s is LabStepId => (LAB_STEP_IDS as readonly string[]).includes(s));
    return { isOpen: raw.isOpen === true, confirmed, labDesign: typeof raw.labDesign === "string" ? raw.labDesign : null };
  } catch {
    return empty;
  }
}

function save(state: Saved): void {
  window.localStorage.setItem(LAB_KEY, JSON.stringify({ isOpen: state.isOpen, confirmed: state.confirmed, labDesign: state.labDesign }));
}

/** View-side lab state, saved on every change so a learner can leave and come back. */
export const useLabStore = create<LabState>((set, get) => {
  const update = (patch: Partial<Saved>) => {
    set(patch);
    save(get());
  };
  return {
    ...load(),
    setOpen: (isOpen) => update({ isOpen }),
    confirm: (step) => {
      if (!get().confirmed.includes(step)) update({ confirmed: [...get().confirmed, step] });
    },
    keepDesign: (labDesign) => update({ labDesign }),
    restart: () => update({ confirmed: [], labDesign: null }),
  };
});
