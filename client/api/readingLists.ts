import {
  BuildReadingList,
  CreateReadingList,
  DeleteReadingList,
  type ExportFormat,
  ExportReadingList,
  FollowTopic,
  GetProfile,
  GetReadingList,
  ListReadingLists,
  ReadingListId,
  UnfollowTopic,
  UpdateReadingList,
} from "@shared/api";
import type { TopicSlug } from "@shared/ids";
import { placedItemsOf } from "../readingList/savedLists";
import { buildUrl, request } from "./request";

/** Typed calls of the reading-list page and the follow toggle. */

export const fetchThemeReadingList = (topics: readonly TopicSlug[], signal?: AbortSignal) =>
  request(BuildReadingList, { query: { topics: topics.join(","), format: "json" }, signal });


export const fetchSavedReadingList = (id: ReadingListId, signal?: AbortSignal) => request(GetReadingList, { params: { id }, signal });

/** Plain links, so the browser downloads the file itself (the server names it). */
export const themeExportUrl = (topics: readonly TopicSlug[], format: ExportFormat) =>
  buildUrl(BuildReadingList.path, {}, { topics: topics.join(","), format });

export const savedExportUrl = (id: ReadingListId, format: ExportFormat) => buildUrl(ExportReadingList.path, { id }, { format });

export const fetchProfile = (signal?: AbortSignal) => request(GetProfile, { signal });

export const followTopic = (slug: TopicSlug) => request(FollowTopic, { params: { slug } });

export const unfollowTopic = (slug: TopicSlug) => request(UnfollowTopic, { params: { slug } });

export const fetchSavedReadingLists = (signal?: AbortSignal) => request(ListReadingLists, { query: { limit: 200 }, signal });

export const saveNamedReadingList = (topics: readonly TopicSlug[], name: string) =>
  request(CreateReadingList, { body: { name, theme: { topics: [...topics] } } });

export const renameReadingList = (id: ReadingListId, name: string) => request(UpdateReadingList, { params: { id }, body: { name } });

export const deleteReadingList = (id: ReadingListId) => request(DeleteReadingList, { params: { id } });

/** A new saved list with the same theme and the same items in the same order, under `name`. */
export async function duplicateReadingList(id: ReadingListId, name: string) {
  const original = await request(GetReadingList, { params: { id } });
  const { topics, q, from, to, sources, kinds, limit } = original.theme;
  const theme = { topics: [...topics], q, from, to, sources: sources ? [...sources] : null, kinds: kinds ? [...kinds] : null, limit };
  const copy = await request(CreateReadingList, { body: { name, theme } });
  const copyId = ReadingListId.parse(copy.saved?.id);
  return request(UpdateReadingList, { params: { id: copyId }, body: { items: placedItemsOf(original) } });
}
