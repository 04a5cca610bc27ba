package com.shiftledger.app.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /admin/users}: a user an admin creates, who is not self-registered. The only such role is
 * {@code auditor}; hospitals and professionals register themselves.
 */
record NewUserRequest(
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
        @NotBlank(message = "The role field is required.")
        @Pattern(regexp = "auditor", message = "The role must be one of: auditor.") String role) {
}
