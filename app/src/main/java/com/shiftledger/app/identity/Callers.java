package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.Role;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.wallet.WalletId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Finds the {@link Caller} a bearer token stands for: the token, its user's role, and the user's hospital or
 * professional profile and its wallet, in one query (a request is authenticated by one round trip, not three).
 */
@Component
class Callers {

    private static final String HOLDER = "select t.token_hash, t.revoked_at, t.last_used_at,"
            + " u.id as user_id, u.name, u.role, u.status,"
            + " h.id as hospital_id, h.hospital_name, h.wallet_id as hospital_wallet_id, h.latitude, h.longitude,"
            + " p.id as professional_id, p.first_name, p.last_name, p.wallet_id as professional_wallet_id,"
            + " p.profession_type"
            + " from access_token t join user_account u on u.id = t.user_id"
            + " left join hospital_profile h on h.user_id = u.id"
            + " left join professional_profile p on p.user_id = u.id"
            + " where t.id = ?";

    /** A token as stored, and the caller it stands for while it is valid and its user active. */
    record TokenHolder(String tokenHash, Instant revokedAt, Instant lastUsedAt, boolean active, Caller caller) {
    }

    private final JdbcTemplate jdbc;

    Callers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TokenHolder> holderOf(long tokenId) {
        return jdbc.query(HOLDER, Callers::holder, tokenId).stream().findFirst();
    }

    /** Records a use of the token unless one at or after {@code notBefore} is recorded already. */
    void touch(long tokenId, Instant now, Instant notBefore) {
        jdbc.update("update access_token set last_used_at = ? where id = ? and last_used_at < ?",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC), tokenId,
                OffsetDateTime.ofInstant(notBefore, ZoneOffset.UTC));
    }

    private static TokenHolder holder(ResultSet row, int number) throws SQLException {
        long userId = row.getLong("user_id");
        Role role = Role.valueOf(row.getString("role"));
        Caller caller = switch (role) {
            case ADMIN, AUDITOR -> new Caller(userId, role, row.getString("name"), null, null, null, null, null);
            case HOSPITAL -> new Caller(userId, role, required(row, "hospital_name", userId), row.getLong("hospital_id"),
                    null, new WalletId(row.getLong("hospital_wallet_id")), null,
                    locationOf(row.getBigDecimal("latitude"), row.getBigDecimal("longitude")));
            case PROFESSIONAL -> new Caller(userId, role,
                    required(row, "first_name", userId) + " " + row.getString("last_name"), null,
                    row.getLong("professional_id"), new WalletId(row.getLong("professional_wallet_id")),
                    row.getString("profession_type"), null);
        };
        return new TokenHolder(row.getString("token_hash"), instant(row, "revoked_at"), instant(row, "last_used_at"),
                UserAccount.isActive(row.getString("status")), caller);
    }

    private static String required(ResultSet row, String column, long userId) throws SQLException {
        String value = row.getString(column);
        if (value == null) {
            throw new IllegalStateException("User " + userId + " has no " + row.getString("role").toLowerCase()
                    + " profile");
        }
        return value;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static GeoPoint locationOf(BigDecimal latitude, BigDecimal longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }
}
