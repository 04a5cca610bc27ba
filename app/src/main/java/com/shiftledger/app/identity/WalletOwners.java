package com.shiftledger.app.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Finds wallets by their owner: a hospital's or professional's name, the name of the user behind it, their email,
 * or the wallet's number. What an auditor types to open a wallet they know by its owner.
 */
@Component
class WalletOwners {

    private static final String OWNERS = "select h.wallet_id, 'hospital' as owner_type, h.id as owner_id, "
            + "h.hospital_name as owner_name, u.name as user_name, u.email from hospital_profile h "
            + "join user_account u on u.id = h.user_id union all "
            + "select p.wallet_id, 'professional', p.id, p.first_name || ' ' || p.last_name, u.name, u.email "
            + "from professional_profile p join user_account u on u.id = p.user_id";
    private static final String MATCHING = " where lower(o.owner_name) like ? escape '!' "
            + "or lower(o.user_name) like ? escape '!' or lower(o.email) like ? escape '!' or o.wallet_id = ?";

    private final JdbcTemplate jdbc;

    WalletOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A wallet and who owns it. */
    record WalletOwner(long walletId, String ownerType, long ownerId, String ownerName, String userName,
                       String email) {
    }

    List<WalletOwner> search(String text, long offset, int limit) {
        Object[] terms = terms(text);
        return jdbc.query("select * from (" + OWNERS + ") o" + MATCHING + " order by o.wallet_id limit ? offset ?",
                (row, n) -> new WalletOwner(row.getLong("wallet_id"), row.getString("owner_type"),
                        row.getLong("owner_id"), row.getString("owner_name"), row.getString("user_name"),
                        row.getString("email")),
                terms[0], terms[1], terms[2], terms[3], limit, offset);
    }

    long count(String text) {
        Object[] terms = terms(text);
        Long count = jdbc.queryForObject("select count(*) from (" + OWNERS + ") o" + MATCHING, Long.class, terms);
        return count == null ? 0 : count;
    }

    /** The pattern for the three names (the text anywhere in them, its own wildcards taken literally) and the id. */
    private static Object[] terms(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        String pattern = "%" + escaped + "%";
        long walletId = text.strip().matches("[0-9]{1,18}") ? Long.parseLong(text.strip()) : -1;
        return new Object[] {pattern, pattern, pattern, walletId};
    }
}
