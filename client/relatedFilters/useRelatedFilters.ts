import { useLocation, useSearchParams } from "react-router";
import { filtersFromSearch, type RelatedFilters, searchWithFilters } from "./filters";

/** The related filters kept in the page's URL; changing them replaces the entry and keeps its trail. */
export function useRelatedFilters(): [RelatedFilters, (filters: RelatedFilters) => void] {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const change = (filters: RelatedFilters) => setSearch(searchWithFilters(search, filters), { replace: true, state: location.state as unknown });
  return [filtersFromSearch(search), change];
}
