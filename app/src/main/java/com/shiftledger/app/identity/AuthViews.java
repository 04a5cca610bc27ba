package com.shiftledger.app.identity;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.subscription.FreePlan;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import com.shiftledger.api.subscription.PlanTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The JSON shapes of the auth endpoints: the user, their profile, and a login's answer. */
final class AuthViews {

    private AuthViews() {
    }

    record UserView(long id, String name, String email, String phone, String userType, String status,
                    Instant createdAt) {

        static UserView of(UserAccount user) {
            return new UserView(user.id(), user.name(), user.email(), user.phone(), user.role().code(),
                    user.status(), user.createdAt());
        }
    }

    record HospitalView(long id, long userId, String name, String hospitalName, String registrationNumber,
                        String address, String city, String state, String pincode, BigDecimal latitude,
                        BigDecimal longitude, long walletId) {

        static HospitalView of(HospitalProfile h) {
            return new HospitalView(h.id(), h.userId(), h.hospitalName(), h.hospitalName(), h.registrationNumber(),
                    h.address(), h.city(), h.state(), h.pincode(), h.latitude(), h.longitude(), h.walletId());
        }
    }

    record ProfessionalView(long id, long userId, String firstName, String lastName, String professionType,
                            String specialization, BigDecimal latitude, BigDecimal longitude, long walletId) {

        static ProfessionalView of(ProfessionalProfile p) {
            return new ProfessionalView(p.id(), p.userId(), p.firstName(), p.lastName(), p.professionType(),
                    p.specialization(), p.latitude(), p.longitude(), p.walletId());
        }
    }

    record Session(UserView user, Object profile, SubscriptionView subscription, String token, String tokenType) {
    }

    /**
     * A hospital's plan in force at sign-in: a paid one ({@code id} is the plan's) until {@code expires_at}, or the
     * free plan; {@code expires_at} is the last day in force (platform time zone).
     */
    record SubscriptionView(Long id, PlanView plan, LocalDate expiresAt) {

        static SubscriptionView of(HospitalSubscriptionView subscription, ZoneId zone) {
            PlanTerms terms = subscription.plan();
            return new SubscriptionView(subscription.planId(), new PlanView(subscription.planId(), terms.name(),
                    terms.pricePerMonth(), terms.shiftLimit(), terms.rosterLimit(), terms.vacancyLimit(),
                    terms.sosLimit()), subscription.lastDayInForce(zone));
        }

        static SubscriptionView free(FreePlan plan) {
            return new SubscriptionView(null, new PlanView(null, FreePlan.NAME, Money.ZERO, plan.shiftLimit(),
                    plan.rosterLimit(), plan.vacancyLimit(), plan.sosLimit()), null);
        }
    }

    /** The plan's name, price and the monthly limits the app shows. */
    record PlanView(Long id, String name, Money pricePerMonth, Integer shiftLimit, Integer rosterLimit,
                    Integer vacancyLimit, Integer sosLimit) {
    }

    /** The caller, their profile, their referral code and the referral coins they hold. */
    record Profile(UserView user, Object profile, String referralCode, Long coins) {
    }
}
