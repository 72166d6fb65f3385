package dev.reportflow.history.search;

import java.util.List;

/** One page of hits, newest first, and the cursor of the next page (null on the last one). */
public record SearchPage(List<SearchHit> hits, KeysetCursor next) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
