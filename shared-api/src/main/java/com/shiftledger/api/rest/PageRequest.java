package com.shiftledger.api.rest;

/** A page number and size from a list request, clamped to the contract: pages from 1, at most 100 per page. */
public record PageRequest(int page, int perPage) {

    public static final int MAX_PER_PAGE = 100;

    public static PageRequest of(Integer page, Integer perPage, int defaultPerPage) {
        int p = page == null || page < 1 ? 1 : page;
        int size = perPage == null || perPage < 1 ? defaultPerPage : Math.min(perPage, MAX_PER_PAGE);
        return new PageRequest(p, size);
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
