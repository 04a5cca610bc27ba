package com.shiftledger.command.virtualaccount;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.FindHospitalProfileQuery;
import com.shiftledger.api.identity.HospitalProfileView;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.virtualaccount.ActivateMandateCommand;
import com.shiftledger.api.virtualaccount.CreateVirtualAccountCommand;
import com.shiftledger.api.virtualaccount.ReceivingAccount;
import com.shiftledger.api.virtualaccount.VirtualAccountId;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.command.web.IdSequences;
import com.shiftledger.command.web.RupeeAmount;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An admin opens a hospital's virtual account with Razorpay's Smart Collect (one per hospital) and activates the
 * mandate the hospital authorised. The list is the query side's.
 */
@RestController
@Tag(name = "Admin virtual accounts")
class VirtualAccountController {

    static final String CREATED = "Virtual account created successfully";
    static final String MANDATE_ACTIVATED = "Mandate activated successfully";
    static final String NOT_FOUND = "Virtual account not found.";
    static final String ALREADY_HAS_ONE = "The hospital already has a virtual account.";
    static final String UNKNOWN_HOSPITAL = "The selected accountable id is invalid.";
    static final String UNKNOWN_TYPE = "The selected accountable type is invalid.";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdSequences ids;
    private final SmartCollect smartCollect;
    private final VirtualAccountLookup lookup;
    private final PlatformCalendar calendar;

    VirtualAccountController(CommandGateway commands, QueryGateway queries, IdSequences ids,
                             SmartCollect smartCollect, VirtualAccountLookup lookup, PlatformCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.ids = ids;
        this.smartCollect = smartCollect;
        this.lookup = lookup;
        this.calendar = calendar;
    }

    /** The seed's body of {@code POST /admin/virtual-accounts}. */
    @StrictJson
    record VirtualAccountRequest(
            @NotBlank(message = "The accountable type field is required.")
            @Pattern(regexp = VirtualAccountView.HOSPITAL, message = UNKNOWN_TYPE) String accountableType,
            @NotNull(message = "The accountable id field is required.")
            @Positive(message = "The selected accountable id is invalid.") Long accountableId,
            @NotBlank(message = "The name field is required.")
            @Size(max = 255, message = "The name may not be greater than 255 characters.") String name,
            Boolean hasMandate,
            @RupeeAmount(message = "The mandate max amount must be a positive amount with at most two decimals.")
            BigDecimal mandateMaxAmount) {
    }

    /** The body of {@code POST /admin/virtual-accounts/{id}/activate-mandate}: the mandate Razorpay confirmed. */
    @StrictJson
    record MandateRequest(
            @NotBlank(message = "The customer id field is required.")
            @Pattern(regexp = "cust_[A-Za-z0-9]{14}",
                    message = "The customer id must be a Razorpay customer id (cust_ and 14 letters and digits).")
            String customerId,
            @NotBlank(message = "The token id field is required.")
            @Pattern(regexp = "token_[A-Za-z0-9]{14}",
                    message = "The token id must be a Razorpay token id (token_ and 14 letters and digits).")
            String tokenId,
            @RupeeAmount(message = "The mandate max amount must be a positive amount with at most two decimals.")
            BigDecimal mandateMaxAmount) {
    }

    @PostMapping("/api/v1/admin/virtual-accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a hospital's virtual account (Razorpay Smart Collect)",
            description = "accountable_type \"hospital\" and accountable_id (the hospital's id), name, has_mandate "
                    + "and, with a mandate, mandate_max_amount (rupees: the most one automatic top-up may charge). "
                    + "Razorpay opens the account (offline: a local va_ id); a bank transfer into it credits the "
                    + "hospital's wallet. One per hospital: a second is a 422 on accountable_id.")
    ResponseEntity<ApiResponse<VirtualAccountView>> create(@AuthenticationPrincipal Caller caller,
                                                           @Valid @RequestBody VirtualAccountRequest request) {
        boolean hasMandate = Boolean.TRUE.equals(request.hasMandate());
        FieldErrors errors = new FieldErrors();
        if (hasMandate && request.mandateMaxAmount() == null) {
            errors.add("mandate_max_amount", "The mandate max amount field is required when has mandate is true.");
        }
        errors.throwIfAny();
        HospitalProfileView hospital = queries.query(new FindHospitalProfileQuery(request.accountableId()),
                HospitalProfileView.class).join();
        if (hospital == null) {
            throw RejectedException.invalid("accountable_id", UNKNOWN_HOSPITAL);
        }
        if (lookup.ofHospital(hospital.id()).isPresent()) {
            throw RejectedException.invalid("accountable_id", ALREADY_HAS_ONE);
        }
        VirtualAccountId id = new VirtualAccountId(ids.nextVirtualAccountId());
        String name = request.name().strip();
        Money maxAmount = hasMandate ? Money.ofRupees(request.mandateMaxAmount()) : null;
        Instant at = calendar.now();
        ReceivingAccount receiving = smartCollect.openVirtualAccount(name, hospital.id(), id.value());
        try {
            commands.sendAndWait(new CreateVirtualAccountCommand(id, hospital.id(), new WalletId(hospital.walletId()),
                    name, receiving, hasMandate, maxAmount, caller.userId(), at));
        } catch (RuntimeException failure) {
            if (!isDuplicate(failure)) {
                throw failure;
            }
            // another request opened the hospital's account first: this one's Razorpay account stays unused
            smartCollect.closeVirtualAccount(receiving.razorpayId());
            throw RejectedException.invalid("accountable_id", ALREADY_HAS_ONE);
        }
        VirtualAccountView view = VirtualAccountView.of(id.value(), hospital.id(), hospital.walletId(), name,
                receiving, hasMandate, maxAmount, null, null, null, at);
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok(CREATED, view));
    }

    @PostMapping("/api/v1/admin/virtual-accounts/{id}/activate-mandate")
    @Operation(summary = "Activate a virtual account's mandate",
            description = "customer_id and token_id: the Razorpay customer and the recurring (emandate) token the "
                    + "hospital authorised; mandate_max_amount (rupees) replaces the account's maximum per top-up, "
                    + "required when it has none. Live, the token must be confirmed by Razorpay and allow that "
                    + "amount. From then on the platform may top the wallet up through it; the same mandate again "
                    + "changes nothing.")
    ApiResponse<VirtualAccountView> activateMandate(@AuthenticationPrincipal Caller caller,
                                                    @PathVariable("id") long id,
                                                    @Valid @RequestBody MandateRequest request) {
        if (id <= 0 || !lookup.exists(id)) {
            throw RejectedException.notFound(NOT_FOUND);
        }
        Money maxAmount = request.mandateMaxAmount() == null ? null : Money.ofRupees(request.mandateMaxAmount());
        smartCollect.mandateProblem(request.customerId(), request.tokenId(), maxAmount).ifPresent(problem -> {
            throw RejectedException.invalid("token_id", problem);
        });
        VirtualAccountView view = commands.sendAndWait(new ActivateMandateCommand(new VirtualAccountId(id),
                request.customerId(), request.tokenId(), maxAmount, caller.userId(), calendar.now()));
        return ApiResponse.ok(MANDATE_ACTIVATED, view);
    }

    private static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException) {
                return true;
            }
        }
        return false;
    }
}
