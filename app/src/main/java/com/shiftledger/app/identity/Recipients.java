package com.shiftledger.app.identity;

import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.sos.CountSosRecipientsQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Finds who a notification is for: the user behind a hospital, a professional or a wallet, and their device. */
@Component
public class Recipients {

    private final JdbcTemplate jdbc;

    Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A user to notify and the device token their app registered, if any. */
    public record Recipient(long userId, String fcmToken) {
    }

    public Optional<Recipient> ofHospital(long hospitalId) {
        return one("select u.id, u.fcm_token from user_account u join hospital_profile h on h.user_id = u.id "
                + "where h.id = ?", hospitalId);
    }

    public Optional<Recipient> ofProfessional(long professionalId) {
        return one("select u.id, u.fcm_token from user_account u join professional_profile p on p.user_id = u.id "
                + "where p.id = ?", professionalId);
    }

    public Optional<Recipient> ofWallet(long walletId) {
        return one("select u.id, u.fcm_token from user_account u "
                + "left join hospital_profile h on h.user_id = u.id "
                + "left join professional_profile p on p.user_id = u.id "
                + "where h.wallet_id = ? or p.wallet_id = ?", walletId, walletId);
    }

    /** The device token the user's app registered last, if any. */
    public Optional<String> deviceOf(long userId) {
        return jdbc.query("select fcm_token from user_account where id = ? and fcm_token is not null",
                (rs, n) -> rs.getString(1), userId).stream().findFirst();
    }

    /**
     * The active professionals of a profession an Emergency SOS reaches: those whose location is within
     * {@code radiusKm} of the hospital's; every one of the profession when the hospital's location is not known.
     */
    public List<Recipient> professionalsNear(String professionType, GeoPoint hospital, int radiusKm) {
        if (hospital == null) {
            return professionalsOf(professionType);
        }
        long radiusMetres = radiusKm * 1000L;
        return jdbc.query("select u.id, u.fcm_token, p.latitude, p.longitude from user_account u "
                        + "join professional_profile p on p.user_id = u.id where p.profession_type = ? "
                        + "and u.status = 'active' and p.latitude is not null and p.longitude is not null order by u.id",
                (rs, n) -> new Located(new Recipient(rs.getLong(1), rs.getString(2)),
                        new GeoPoint(rs.getBigDecimal(3), rs.getBigDecimal(4))), professionType).stream()
                .filter(located -> located.at().metresTo(hospital) <= radiusMetres)
                .map(Located::recipient)
                .toList();
    }

    @QueryHandler
    Long handle(CountSosRecipientsQuery query) {
        return (long) professionalsNear(query.professionType().code(), query.location(), query.radiusKm()).size();
    }

    private record Located(Recipient recipient, GeoPoint at) {
    }

    public List<Recipient> professionalsOf(String professionType) {
        return jdbc.query("select u.id, u.fcm_token from user_account u join professional_profile p "
                        + "on p.user_id = u.id where p.profession_type = ? and u.status = 'active' order by u.id",
                (rs, n) -> new Recipient(rs.getLong(1), rs.getString(2)), professionType);
    }

    private Optional<Recipient> one(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> new Recipient(rs.getLong(1), rs.getString(2)), args).stream().findFirst();
    }
}
