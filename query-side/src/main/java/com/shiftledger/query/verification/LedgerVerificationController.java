package com.shiftledger.query.verification;

import org.springframework.web.bind.annotation.ResponseStatus;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Starts a verification of the whole ledger in the background and shows its progress and outcome. */
@RestController
@RequestMapping("/api/v1/admin/audit/verifications")
@Tag(name = "Ledger and audit")
class LedgerVerificationController {

    static final String NOT_FOUND = "Verification not found.";

    private final LedgerVerifications verifications;

    LedgerVerificationController(LedgerVerifications verifications) {
        this.verifications = verifications;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start checking the three invariants over the whole event store in the background",
            description = "Answers 202 with the verification; while one runs (on any instance) it is answered "
                    + "instead of starting another. Follow it at its Location.")
    ResponseEntity<ApiResponse<VerificationView>> start() {
        LedgerVerifications.Started started = verifications.start();
        VerificationView verification = started.verification();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/admin/audit/verifications/" + verification.id()))
                .body(ApiResponse.ok(started.isNew() ? "Verification started."
                        : "A verification is already running.", verification));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A verification: events checked of the total, its state (running, ok, failed) and, "
            + "once it ended, every violation")
    ApiResponse<VerificationView> show(@PathVariable("id") long id) {
        return ApiResponse.ok(verifications.find(id).orElseThrow(() -> RejectedException.notFound(NOT_FOUND)));
    }
}
