package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/** A professional keeps their profile: their location (for the Emergency SOS requests they receive) and specialization. */
@RestController
@Tag(name = "Professional profile")
class ProfessionalProfileController {

    private final ProfessionalProfileRepository professionals;

    ProfessionalProfileController(ProfessionalProfileRepository professionals) {
        this.professionals = professionals;
    }

    record ProfileChange(
            @DecimalMin(value = "-90", message = "The latitude must be between -90 and 90.")
            @DecimalMax(value = "90", message = "The latitude must be between -90 and 90.") BigDecimal latitude,
            @DecimalMin(value = "-180", message = "The longitude must be between -180 and 180.")
            @DecimalMax(value = "180", message = "The longitude must be between -180 and 180.") BigDecimal longitude,
            @Size(max = 255, message = "The specialization may not be greater than 255 characters.")
            String specialization) {
    }

    @PutMapping("/api/v1/professional/profile")
    @Transactional
    @Operation(summary = "Change the professional's location (latitude and longitude together) or specialization",
            description = "Every field is optional: latitude (-90 to 90) and longitude (-180 to 180), only "
                    + "together; specialization at most 255 characters.")
    ApiResponse<AuthViews.ProfessionalView> update(@AuthenticationPrincipal Caller caller,
                                                   @Valid @RequestBody ProfileChange change) {
        caller.requireProfessionalId();
        if ((change.latitude() == null) != (change.longitude() == null)) {
            new FieldErrors().add(change.latitude() == null ? "latitude" : "longitude",
                    "The latitude and longitude must be given together.").throwIfAny();
        }
        ProfessionalProfile profile = professionals.findByUserId(caller.userId())
                .orElseThrow(() -> RejectedException.notFound("Profile not found."));
        if (change.latitude() != null) {
            profile.locatedAt(change.latitude(), change.longitude());
        }
        if (change.specialization() != null) {
            profile.specialized(change.specialization().isBlank() ? null : change.specialization().strip());
        }
        return ApiResponse.ok("Profile updated successfully", AuthViews.ProfessionalView.of(profile));
    }
}
