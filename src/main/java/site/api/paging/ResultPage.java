package site.api.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results in the JSON shape of Spring Data's {@code Page}, which existing clients read. */
public record ResultPage<T>(
        List<T> content,
        long totalElements,
        int totalPages,
        int number,
        int size,
        int numberOfElements,
        boolean first,
        boolean last,
        boolean empty) {

    /** {@code last} compares without adding to the page number, which may be Integer.MAX_VALUE. */
    public static <T> ResultPage<T> of(List<T> content, long totalElements, PageRequest request) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (totalElements + request.size() - 1) / request.size());
        return new ResultPage<>(
                List.copyOf(content),
                totalElements,
                totalPages,
                request.page(),
                request.size(),
                content.size(),
                request.page() == 0,
                request.page() >= totalPages - 1,
                content.isEmpty());
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(
                content.stream().map(mapper).toList(),
                totalElements,
                totalPages,
                number,
                size,
                numberOfElements,
                first,
                last,
                empty);
    }
}
