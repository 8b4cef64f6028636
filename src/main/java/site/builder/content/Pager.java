package site.builder.content;

import java.util.List;

/**
 * One page of a paginated list (Hugo's .Paginator for that page): its items and the links around it.
 * URLs are relative permalinks; first/prev/next/last are null where there is none.
 */
public record Pager(
        int pageNumber,
        int totalPages,
        int totalNumberOfElements,
        int pagerSize,
        List<Page> pages,
        TargetPath target,
        String url,
        String first,
        String last,
        String prev,
        String next) {

    public boolean hasPrev() {
        return prev != null;
    }

    public boolean hasNext() {
        return next != null;
    }
}
