import { create } from 'zustand';
import { EMPTY_FILTERS, nextSort, type QueueFilters, type SortKey, type SortSpec } from './queue-filters';

/** UI state of the claim list: what the reviewer searched, filtered and sorted by. */
interface QueueListState {
  filters: QueueFilters;
  sort: SortSpec | null;
  setFilter: <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => void;
  toggleSort: (key: SortKey) => void;
  reset: () => void;
}

export const useQueueListStore = create<QueueListState>()((set) => ({
  filters: EMPTY_FILTERS,
  sort: null,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  toggleSort: (key) => set((s) => ({ sort: nextSort(s.sort, key) })),
  reset: () => set({ filters: EMPTY_FILTERS }),
}));
