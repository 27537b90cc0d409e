import { useEffect, useId, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../api/ApiError";
import { describeProblem } from "../components/describeProblem";
import { Highlighted } from "./Highlighted";
import type { SearchOption } from "./options";
import { isTypingTarget, moveActive, toOptions } from "./options";

type Results =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly q: string }
  | { readonly status: "ready"; readonly q: string; readonly options: readonly SearchOption[] }
  | { readonly status: "failed"; readonly q: string; readonly message: string };

const debounceMs = 180;

/**
 * The header search: `/` focuses it, arrows move through topics and insights, Enter opens one
 * (or, with none picked, the full results page), Escape closes the list.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results>({ status: "idle" });

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const wanted = q.trim();
    if (!wanted) {
      setResults({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setResults({ status: "loading", q: wanted });
      // The API client and its contracts load with the first search, not with the page.
      import("../api/calls")
        .then(({ searchEverything }) => searchEverything(wanted, 6, 0, controller.signal))
        .then(
        (answer) => setResults({ status: "ready", q: wanted, options: toOptions(answer) }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const missing = isApiError(error) && error.code === "not_found";
          setResults({ status: "failed", q: wanted, message: missing ? "Search isn't available on this server yet." : describeProblem(error).title });
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const options = results.status === "ready" ? results.options : [];
  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    void navigate(href);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setActive((current) => moveActive(current, options.length, event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = options[active];
      if (option) go(option.href);
      else if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setQ("");
    }
  };
  const activeOption = open ? options[active] : undefined;

  return (
    <div className="search-box" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search insights and topics
      </label>
      <input
        ref={input}
        id="search-input"
        type="search"
        placeholder="Search  ( / )"
        autoComplete="off"
        role="combobox"
        aria-expanded={open && results.status !== "idle"}
        aria-controls={options.length > 0 ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeOption.key}` : undefined}
        aria-keyshortcuts="/"
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      {open && results.status !== "idle" ? (
        <div className="search-popup">
          {results.status === "loading" ? <p className="hint">Searching…</p> : null}
          {results.status === "failed" ? <p className="hint">{results.message}</p> : null}
          {results.status === "ready" && options.length === 0 ? <p className="hint">Nothing matches “{results.q}”.</p> : null}
          {options.length > 0 ? (
          <ul id={listId} role="listbox" aria-label="Search results" data-testid="search-options">
            {options.map((option, index) => (
              <li
                key={option.key}
                id={`${listId}-${option.key}`}
                role="option"
                aria-selected={index === active}
                className={`search-option ${option.kind}`}
                // mousedown, not click: the input's blur would close the list before the click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  go(option.href);
                }}
                data-testid="search-option"
              >
                <span className="kind">{option.kind === "topic" ? "Topic" : "Insight"}</span>
                <span className="text">
                  <Highlighted text={option.text} highlights={option.highlights} />
                </span>
                <span className="detail">{option.detail}</span>
              </li>
            ))}
          </ul>
          ) : null}
          {results.status === "ready" ? <p className="hint">Enter with nothing picked shows all results.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
