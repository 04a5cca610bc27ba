package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.Role;
import com.shiftledger.api.platform.FindPlatformTermsQuery;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.Rejection;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.subscription.FindHospitalSubscriptionQuery;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.WalletView;
import com.shiftledger.command.web.ReadAfterWrite;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Registration, login, profile and logout, as the ShiftPro apps call them. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    static final String INVALID_CREDENTIALS = "Invalid credentials";

    private final Registrations registrations;
    private final AccessTokens tokens;
    private final UserAccountRepository users;
    private final HospitalProfileRepository hospitals;
    private final ProfessionalProfileRepository professionals;
    private final PasswordEncoder passwordEncoder;
    private final ReadAfterWrite readAfterWrite;
    private final Devices devices;
    private final LoginThrottle throttle;
    private final QueryGateway queries;
    private final PlatformCalendar calendar;
    private final ReferralCodes referralCodes;

    AuthController(Registrations registrations, AccessTokens tokens, UserAccountRepository users,
                   HospitalProfileRepository hospitals, ProfessionalProfileRepository professionals,
                   PasswordEncoder passwordEncoder, ReadAfterWrite readAfterWrite, Devices devices,
                   LoginThrottle throttle, QueryGateway queries, PlatformCalendar calendar,
                   ReferralCodes referralCodes) {
        this.registrations = registrations;
        this.tokens = tokens;
        this.users = users;
        this.hospitals = hospitals;
        this.professionals = professionals;
        this.passwordEncoder = passwordEncoder;
        this.readAfterWrite = readAfterWrite;
        this.devices = devices;
        this.throttle = throttle;
        this.queries = queries;
        this.calendar = calendar;
        this.referralCodes = referralCodes;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a hospital or a professional; opens their wallet and signs them in",
            description = "Required: name, email (unique), password (8 to 72 characters) with the same "
                    + "password_confirmation, user_type (hospital or professional). A hospital may add "
                    + "hospital_name, registration_number, address, city, state, pincode (6 digits); a "
                    + "professional must give first_name, last_name and profession_type (doctor, nurse, "
                    + "technician, staff, paramedic) and may add specialization. latitude and longitude go "
                    + "together. Answers 201 with the user, the profile and a bearer token.")
    ApiResponse<AuthViews.Session> register(@Valid @RequestBody RegistrationRequest request) {
        Registrations.Registered registered = registrations.register(request);
        readAfterWrite.walletAt(registered.walletId(), registered.walletVersion());
        String token = tokens.issue(registered.user());
        return ApiResponse.ok("Registration successful", new AuthViews.Session(
                AuthViews.UserView.of(registered.user()), registered.profile(), null, token, "Bearer"));
    }

    record LoginRequest(@NotBlank(message = "The email field is required.") String email,
                        @NotBlank(message = "The password field is required.") String password,
                        @Size(max = 512, message = "The fcm token may not be greater than 512 characters.")
                        String fcmToken,
                        @Pattern(regexp = "android|ios|web",
                                message = "The device type must be one of: android, ios, web.")
                        String deviceType) {
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with email and password; answers a bearer token",
            description = "Wrong passwords are limited per account and per client address: past the limit every "
                    + "attempt is answered 429 with Retry-After until the lockout window ends.")
    ApiResponse<AuthViews.Session> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        String address = http.getRemoteAddr();
        throttle.requireUnlocked(email, address);
        UserAccount user = users.findByEmail(email)
                .filter(candidate -> passwordEncoder.matches(request.password(), candidate.passwordHash()))
                .filter(UserAccount::isActive)
                .orElse(null);
        if (user == null) {
            throttle.failed(email, address);
            throw new RejectedException(new Rejection(RejectionKind.UNAUTHORIZED, INVALID_CREDENTIALS, Map.of(),
                    null, null));
        }
        throttle.succeeded(email);
        if (request.fcmToken() != null && !request.fcmToken().isBlank()) {
            devices.register(user.id(), request.fcmToken().strip(), request.deviceType());
        }
        String token = tokens.issue(user);
        return ApiResponse.ok("Login successful",
                new AuthViews.Session(AuthViews.UserView.of(user), profileOf(user), subscriptionOf(user), token,
                        "Bearer"));
    }

    @GetMapping("/profile")
    @Operation(summary = "The signed-in user and their hospital or professional profile, with their referral code "
            + "and the referral coins they hold (both null for admins and auditors)")
    ApiResponse<AuthViews.Profile> profile(@AuthenticationPrincipal Caller caller) {
        UserAccount user = users.findById(caller.userId())
                .orElseThrow(() -> RejectedException.notFound("User not found."));
        String referralCode = referralCodes.codeOf(user.id());
        Long coins = caller.walletId() == null ? null : Optional.ofNullable(queries.query(
                new FindWalletQuery(caller.walletId()), WalletView.class).join()).map(WalletView::coins).orElse(0L);
        return ApiResponse.ok(new AuthViews.Profile(AuthViews.UserView.of(user), profileOf(user), referralCode,
                coins));
    }

    @PostMapping("/logout")
    @Operation(summary = "End the bearer token used for this request")
    ApiResponse<Void> logout(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        tokens.revoke(header.substring("Bearer ".length()).strip());
        return ApiResponse.ok("Logged out successfully", null);
    }

    /** A hospital's plan in force (the free plan without one); nothing for other users. */
    private AuthViews.SubscriptionView subscriptionOf(UserAccount user) {
        if (user.role() != Role.HOSPITAL) {
            return null;
        }
        return hospitals.findByUserId(user.id()).map(hospital -> queries.query(
                new FindHospitalSubscriptionQuery(hospital.id()), HospitalSubscriptionView.class).join())
                .filter(subscription -> subscription.isActiveAt(calendar.now()))
                .map(subscription -> AuthViews.SubscriptionView.of(subscription, calendar.zone()))
                .orElseGet(() -> AuthViews.SubscriptionView.free(queries.query(new FindPlatformTermsQuery(),
                        PlatformTerms.class).join().freePlan()));
    }

    private Object profileOf(UserAccount user) {
        return switch (user.role()) {
            case ADMIN, AUDITOR -> null;
            case HOSPITAL -> hospitals.findByUserId(user.id()).map(AuthViews.HospitalView::of).orElse(null);
            case PROFESSIONAL -> professionals.findByUserId(user.id()).map(AuthViews.ProfessionalView::of)
                    .orElse(null);
        };
    }
}
