package com.shiftledger.api.rest;

/**
 * A page number and size from a list request, clamped to the contract: pages from 1 to {@link #MAX_PAGE}, at most
 * 100 per page. A page past the last one is empty; past {@link #MAX_PAGE} it is the same empty page, so that no
 * offset overflows.
 */
public record PageRequest(int page, int perPage) {

    public static final int MAX_PER_PAGE = 100;
    /** Far beyond any list's last page (a hundred million rows at most per page); keeps every offset an int. */
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest of(Integer page, Integer perPage, int defaultPerPage) {
        int p = page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
        int size = perPage == null || perPage < 1 ? defaultPerPage : Math.min(perPage, MAX_PER_PAGE);
        return new PageRequest(p, size);
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
