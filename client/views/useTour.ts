import { useSearchParams } from "react-router";
import { fetchSavedReadingList, fetchThemeReadingList } from "../api/readingLists";
import { useRemote } from "../components/useRemote";
import { stepFromSearch, tourAddress, tourFromSearch, tourSteps } from "./tour";

/** The tour the map's address asks for: its reading list, its steps and the one shown. */
export function useTour() {
  const [search, setSearch] = useSearchParams();
  const source = tourFromSearch(search);
  const wanted = source !== null && typeof source === "object" ? source : null;
  const remote = useRemote(`tour:${wanted ? tourAddress(wanted) : "none"}`, (signal) =>
    wanted === null ? Promise.resolve(null) : wanted.kind === "saved" ? fetchSavedReadingList(wanted.id, signal) : fetchThemeReadingList(wanted.topics, signal),
  );
  const document = remote.status === "ready" ? remote.data : null;
  const steps = document ? tourSteps(document) : [];
  const step = stepFromSearch(search, steps.length);

  const goTo = (next: number) =>
    setSearch(
      (now) => {
        const params = new URLSearchParams(now);
        params.set("step", String(Math.min(Math.max(1, next), steps.length)));
        return params;
      },
      { replace: true },
    );
  const end = () =>
    setSearch(
      (now) => {
        const params = new URLSearchParams(now);
        params.delete("tour");
        params.delete("step");
        return params;
      },
      { replace: true },
    );

  return {
    active: source !== null,
    problem: typeof source === "string" ? source : null,
    remote,
    title: document ? (document.saved?.name ?? document.title) : null,
    steps,
    step,
    current: steps[step - 1] ?? null,
    goTo,
    end,
  };
}

export type Tour = ReturnType<typeof useTour>;
