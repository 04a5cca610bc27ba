package com.shiftledger.query.settings;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.FindPlatformTermsQuery;
import com.shiftledger.api.platform.FindSettingsActivityQuery;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.platform.SettingsActivityPage;
import com.shiftledger.api.platform.SettingsActivityView;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The platform's settings as the admin and the hospital app read them, and the log of every change. */
@RestController
@Tag(name = "Admin settings")
class SettingsQueryController {

    static final int DEFAULT_PER_PAGE = 20;

    private final QueryGateway queries;

    SettingsQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The seed's settings: percentages, the hold period in ISO-8601, the tiers; the low-balance threshold. */
    record Settings(BigDecimal serviceChargePercent, BigDecimal refundFeePercent, String refundHoldPeriod,
                    List<Tier> sosTiers, Money lowBalanceThreshold,
                    Integer freePlanShiftLimit, Integer freePlanSosLimit, Integer freePlanRosterLimit,
                    Integer freePlanVacancyLimit) {
    }

    /** The seed's tier object. */
    record Tier(String key, String label, int minutes, BigDecimal extraPayPercent) {

        static Tier of(SosTier tier) {
            return new Tier(tier.key(), tier.label(), tier.minutes(), tier.extraPayPercent());
        }
    }

    /** Who changed a setting. */
    record ChangedBy(long id, String name) {
    }

    /** One entry of the activity log. */
    record Activity(long id, String setting, String oldValue, String newValue, ChangedBy changedBy,
                    Instant createdAt) {

        static Activity of(SettingsActivityView view) {
            return new Activity(view.id(), view.setting(), view.oldValue(), view.newValue(),
                    new ChangedBy(view.changedById(), view.changedByName()), view.createdAt());
        }
    }

    @GetMapping("/api/v1/admin/settings")
    @Operation(summary = "The platform's settings in force: service charge, refund fee, refund hold period, SOS tiers, "
            + "low-balance threshold, the free plan's monthly limits (null: unlimited)")
    ApiResponse<Settings> settings() {
        PlatformTerms terms = terms();
        return ApiResponse.ok(new Settings(terms.serviceChargePercent(), terms.refund().feePercent(),
                RefundTerms.iso(terms.refund().holdPeriod()), terms.sosTiers().stream().map(Tier::of).toList(),
                terms.lowBalanceThreshold(), terms.freePlan().shiftLimit(), terms.freePlan().sosLimit(),
                terms.freePlan().rosterLimit(), terms.freePlan().vacancyLimit()));
    }

    @GetMapping("/api/v1/admin/settings/activity-logs")
    @Operation(summary = "Every change of a setting, newest first: who changed it, from which value to which")
    PagedResponse<Activity> activity(@RequestParam(name = "page", required = false) Integer page,
                                     @RequestParam(name = "per_page", required = false) Integer perPage) {
        PageRequest request = PageRequest.of(page, perPage, DEFAULT_PER_PAGE);
        SettingsActivityPage result = queries.query(new FindSettingsActivityQuery(request.page(), request.perPage()),
                SettingsActivityPage.class).join();
        return PagedResponse.of(result.items().stream().map(Activity::of).toList(), result.page(), result.perPage(),
                result.total());
    }

    @GetMapping("/api/v1/hospital/emergency-sos/tiers")
    @Tag(name = "Hospital emergency SOS")
    @Operation(summary = "The urgency tiers in force, with their extra pay percentages (for the tier dropdown)")
    ApiResponse<List<Tier>> tiers(@AuthenticationPrincipal Caller caller) {
        caller.requireHospitalId();
        return ApiResponse.ok(terms().sosTiers().stream().map(Tier::of).toList());
    }

    private PlatformTerms terms() {
        return queries.query(new FindPlatformTermsQuery(), PlatformTerms.class).join();
    }
}
