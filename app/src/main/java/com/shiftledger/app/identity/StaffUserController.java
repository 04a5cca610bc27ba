package com.shiftledger.app.identity;

import com.shiftledger.api.rest.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An admin creates the users who do not register themselves: auditors. */
@RestController
@Tag(name = "Users")
class StaffUserController {

    private final StaffAccounts staff;

    StaffUserController(StaffAccounts staff) {
        this.staff = staff;
    }

    record CreatedUser(AuthViews.UserView user) {
    }

    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an auditor (role auditor): reads the ledger, the audit and the finance lists, "
            + "changes nothing; signs in with POST /auth/login",
            description = "Required: name, email (unique), password (8 to 72 characters) and role, which is "
                    + "auditor; phone and password_confirmation are optional. Answers 201 with the new "
                    + "user.")
    ApiResponse<CreatedUser> create(@Valid @RequestBody NewUserRequest request) {
        UserAccount created = staff.create(request);
        return ApiResponse.ok("User created successfully", new CreatedUser(AuthViews.UserView.of(created)));
    }
}
