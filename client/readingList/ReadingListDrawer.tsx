import { useEffect, useRef, useState } from "react";
import type { DragEvent, KeyboardEvent } from "react";
import { Link } from "react-router";
import type { ExportFormat } from "@shared/api/readingLists";
import { countOf } from "../components/format";
import { Empty } from "../components/Status";
import { setDrawerOpen } from "./drawer";
import { ExportControls } from "./ExportControls";
import { clearList, moveBy, moveItem, removeInsight } from "./list";
import { updateReadingList, useReadingList } from "./store";

/**
 * The reading list beside whatever page is open: reorder by dragging or with the move buttons
 * (Alt+↑/↓ on an item), remove, export. Closing returns focus to the header button.
 */
export function ReadingListDrawer({ onClose }: { onClose: () => void }) {
  const list = useReadingList();
  const heading = useRef<HTMLHeadingElement>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [format, setFormat] = useState<ExportFormat>("md");

  useEffect(() => heading.current?.focus(), []);

  const move = (id: string, step: number) => {
    const from = list.items.findIndex((item) => item.id === id);
    const to = Math.max(0, Math.min(list.items.length - 1, from + step));
    updateReadingList((current) => moveBy(current, id, step));
    setAnnouncement(`Moved to position ${to + 1} of ${list.items.length}.`);
  };
  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== null) {
      updateReadingList((current) => moveItem(current, dragged, index));
      setAnnouncement(`Moved to position ${index + 1} of ${list.items.length}.`);
    }
    setDragged(null);
    setOver(null);
  };
  const keys = (event: KeyboardEvent, id: string) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    move(id, event.key === "ArrowUp" ? -1 : 1);
  };

  return (
    <aside
      className="reading-drawer"
      aria-labelledby="reading-drawer-heading"
      data-testid="reading-drawer"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <header className="reading-drawer-header">
        <h2 id="reading-drawer-heading" ref={heading} tabIndex={-1}>
          Reading list
        </h2>
        <button type="button" className="close" aria-label="Close reading list" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="meta">
        {countOf(list.items.length, "insight")} · kept in this browser
      </p>
      {list.items.length === 0 ? (
        <Empty>Nothing here yet. Press “Add to reading list” on any insight.</Empty>
      ) : (
        <>
          <p className="hint">Drag to reorder, or use the arrows (Alt+↑/↓ on a focused item).</p>
          <ol className="reading-items" data-testid="reading-items">
            {list.items.map((item, index) => (
              <li
                key={item.id}
                draggable
                className={[dragged === index ? "dragging" : "", over === index && dragged !== index ? "drop-target" : ""].join(" ").trim() || undefined}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = "move";
                  event.dataTransfer.setData("text/plain", item.id);
                  setDragged(index);
                }}
                onDragOver={(event) => {
                  event.preventDefault();
                  setOver(index);
                }}
                onDragEnd={() => {
                  setDragged(null);
                  setOver(null);
                }}
                onDrop={(event) => drop(event, index)}
                data-testid="reading-item"
                data-id={item.id}
              >
                <span className="handle" aria-hidden="true">
                  ⠿
                </span>
                <Link to={`/insights/${item.id}`} onKeyDown={(event) => keys(event, item.id)} onClick={() => setDrawerOpen(true)}>
                  {item.text}
                </Link>
                <span className="reading-item-actions">
                  <button type="button" aria-label={`Move up: ${item.text.slice(0, 60)}`} disabled={index === 0} onClick={() => move(item.id, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move down: ${item.text.slice(0, 60)}`}
                    disabled={index === list.items.length - 1}
                    onClick={() => move(item.id, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove: ${item.text.slice(0, 60)}`}
                    onClick={() => {
                      updateReadingList((current) => removeInsight(current, item.id));
                      setAnnouncement("Removed from the reading list.");
                    }}
                    data-testid="remove-from-list"
                  >
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <ExportControls list={list} format={format} onFormat={setFormat} />
          <button type="button" className="link-button" onClick={() => updateReadingList(clearList)}>
            Empty the list
          </button>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}
