package com.shiftledger.query.wallet;

import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.wallet.FindTransactionsQuery;
import com.shiftledger.api.wallet.TransactionFilter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds wallet transactions, newest first, with the filters of a {@link FindTransactionsQuery}. The query is a JPQL
 * string written from the filters present, so it has one of a few shapes, each of which Hibernate translates once
 * and keeps; a criteria query (a Spring Data {@code Specification}) is translated anew on every call, which was a
 * third of a wallet read's CPU.
 */
@Component
class TransactionSearch {

    private static final String NEWEST_FIRST =
            " order by t.createdAt desc, t.walletSequence desc, t.transactionId desc";

    private final EntityManager entityManager;
    private final PlatformCalendar calendar;

    TransactionSearch(EntityManager entityManager, PlatformCalendar calendar) {
        this.entityManager = entityManager;
        this.calendar = calendar;
    }

    /** One page of the matching transactions, and how many match in all (counted only when the page is full). */
    Page<WalletTransaction> page(FindTransactionsQuery query, Pageable pageable) {
        Conditions conditions = conditions(query);
        List<WalletTransaction> items = newestFirst(conditions, (int) pageable.getOffset(), pageable.getPageSize());
        return PageableExecutionUtils.getPage(items, pageable, () -> conditions.bind(entityManager.createQuery(
                "select count(t) from WalletTransaction t" + conditions.jpql(), Long.class)).getSingleResult());
    }

    /** A wallet's latest transactions, at most {@code count}, newest first, not counting the rest. */
    List<WalletTransaction> latest(long walletId, int count) {
        Conditions conditions = new Conditions();
        conditions.add("t.walletId = :walletId", "walletId", walletId);
        return newestFirst(conditions, 0, count);
    }

    private List<WalletTransaction> newestFirst(Conditions conditions, int offset, int limit) {
        return conditions.bind(entityManager.createQuery("select t from WalletTransaction t" + conditions.jpql()
                        + NEWEST_FIRST, WalletTransaction.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private Conditions conditions(FindTransactionsQuery query) {
        TransactionFilter filter = query.filter() == null ? TransactionFilter.none() : query.filter();
        Conditions conditions = new Conditions();
        conditions.add("t.walletId = :walletId", "walletId", query.walletId() == null ? null
                : query.walletId().value());
        conditions.add("t.type = :type", "type", filter.type());
        conditions.add("t.category = :category", "category", filter.category());
        conditions.add("t.status = :status", "status", filter.status());
        conditions.add("t.createdAt >= :from", "from", filter.dateFrom() == null ? null
                : calendar.startOf(filter.dateFrom()));
        conditions.add("t.createdAt < :until", "until", filter.dateTo() == null ? null
                : calendar.startOf(filter.dateTo().plusDays(1)));
        return conditions;
    }

    /** The conditions of the filters present, and their values by parameter name. */
    private static final class Conditions {

        private final StringBuilder jpql = new StringBuilder();
        private final Map<String, Object> values = new LinkedHashMap<>();

        void add(String condition, String parameter, Object value) {
            if (value != null) {
                jpql.append(values.isEmpty() ? " where " : " and ").append(condition);
                values.put(parameter, value);
            }
        }

        String jpql() {
            return jpql.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            values.forEach(query::setParameter);
            return query;
        }
    }
}
