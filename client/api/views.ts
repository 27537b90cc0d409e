import { CreateView, DeleteView, ListViews, type MapView, type SavedViewId, UpdateView } from "@shared/api/views";
import { request } from "./request";

/** Typed calls of the saved views beside the topic map. */

export const fetchSavedViews = (signal?: AbortSignal) => request(ListViews, { query: {}, signal });

export const saveView = (name: string, state: MapView) => request(CreateView, { body: { name, state } });

export const renameView = (id: SavedViewId, name: string) => request(UpdateView, { params: { id }, body: { name } });

export const deleteView = (id: SavedViewId) => request(DeleteView, { params: { id } });
