package de.casebook.app.platform;

/** Page numbers and sizes as lists take them: pages from 0, at most {@link #MAX_SIZE} entries a page. */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static int page(int page) {
        if (page < 0) {
            throw ApiException.badRequest("request.bad-value", "page", page);
        }
        return page;
    }

    public static int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("request.page-size", MAX_SIZE);
        }
        return size;
    }

    /** How many pages the total fills (at least one). */
    public static long pages(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
