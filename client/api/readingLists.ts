import {
  BuildReadingList,
  CreateReadingList,
  type ExportFormat,
  ExportReadingList,
  FollowTopic,
  GetProfile,
  GetReadingList,
  type ReadingListId,
  UnfollowTopic,
} from "@shared/api";
import type { TopicSlug } from "@shared/ids";
import { buildUrl, request } from "./request";

/** Typed calls of the reading-list page and the follow toggle. */

export const fetchThemeReadingList = (topics: readonly TopicSlug[], signal?: AbortSignal) =>
  request(BuildReadingList, { query: { topics: topics.join(","), format: "json" }, signal });

export const saveThemeReadingList = (topics: readonly TopicSlug[]) => request(CreateReadingList, { body: { theme: { topics: [...topics] } } });

export const fetchSavedReadingList = (id: ReadingListId, signal?: AbortSignal) => request(GetReadingList, { params: { id }, signal });

/** Plain links, so the browser downloads the file itself (the server names it). */
export const themeExportUrl = (topics: readonly TopicSlug[], format: ExportFormat) =>
  buildUrl(BuildReadingList.path, {}, { topics: topics.join(","), format });

export const savedExportUrl = (id: ReadingListId, format: ExportFormat) => buildUrl(ExportReadingList.path, { id }, { format });

export const fetchProfile = (signal?: AbortSignal) => request(GetProfile, { signal });

export const followTopic = (slug: TopicSlug) => request(FollowTopic, { params: { slug } });

export const unfollowTopic = (slug: TopicSlug) => request(UnfollowTopic, { params: { slug } });
