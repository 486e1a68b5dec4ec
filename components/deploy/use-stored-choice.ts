"use client";
import { useCallback, useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * A string remembered in localStorage (the deploy target, the last deployment id), read
 * without a hydration mismatch: the server renders `fallback`, the browser the stored value.
 */
export function useStoredChoice<T extends string>(key: string, fallback: T, allowed?: readonly T[]): [T, (value: T | null) => void] {
  const read = () => {
    const stored = window.localStorage.getItem(key) as T | null;
    return stored !== null && (!allowed || allowed.includes(stored)) ? stored : fallback;
  };
  const value = useSyncExternalStore(subscribe, read, () => fallback);
  const set = useCallback(
    (next: T | null) => {
      if (next === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, next);
      listeners.forEach((l) => l());
    },
    [key],
  );
  return [value, set];
}
