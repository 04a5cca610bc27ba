package com.shiftledger.app.identity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The body of {@code POST /auth/register}: the user, the hospital's or the professional's details, and optionally the
 * referral code of the user who referred them.
 */
record RegistrationRequest(
        @NotBlank(message = "The name field is required.")
        @Size(max = 255, message = "The name may not be greater than 255 characters.") String name,
        @NotBlank(message = "The email field is required.")
        @Email(message = "The email must be a valid email address.")
        @Size(max = 255, message = "The email may not be greater than 255 characters.") String email,
        @NotBlank(message = "The password field is required.")
        @Size(min = 8, max = Registrations.MAX_PASSWORD_BYTES,
                message = "The password must be between 8 and 72 characters.") String password,
        String passwordConfirmation,
        @Pattern(regexp = "\\+?[0-9]{10,15}",
                message = "The phone must be 10 to 15 digits, with an optional leading +.")
        String phone,
        @NotBlank(message = "The user type field is required.")
        @Pattern(regexp = "hospital|professional", message = "The user type must be one of: hospital, professional.")
        String userType,
        @Size(max = 255, message = "The hospital name may not be greater than 255 characters.") String hospitalName,
        @Size(max = 100, message = "The registration number may not be greater than 100 characters.")
        String registrationNumber,
        @Size(max = 500, message = "The address may not be greater than 500 characters.") String address,
        @Size(max = 100, message = "The city may not be greater than 100 characters.") String city,
        @Size(max = 100, message = "The state may not be greater than 100 characters.") String state,
        @Pattern(regexp = "[0-9]{6}", message = "The pincode must be 6 digits.") String pincode,
        @DecimalMin(value = "-90", message = "The latitude must be between -90 and 90.")
        @DecimalMax(value = "90", message = "The latitude must be between -90 and 90.") BigDecimal latitude,
        @DecimalMin(value = "-180", message = "The longitude must be between -180 and 180.")
        @DecimalMax(value = "180", message = "The longitude must be between -180 and 180.") BigDecimal longitude,
        @Size(max = 100, message = "The first name may not be greater than 100 characters.") String firstName,
        @Size(max = 100, message = "The last name may not be greater than 100 characters.") String lastName,
        @Pattern(regexp = "doctor|nurse|technician|staff|paramedic",
                message = "The profession type must be one of: doctor, nurse, technician, staff, paramedic.")
        String professionType,
        @Size(max = 255, message = "The specialization may not be greater than 255 characters.")
        String specialization,
        @Size(max = 20, message = "The referral code may not be greater than 20 characters.")
        String referralCode) {
}
