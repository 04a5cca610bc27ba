package com.shiftledger.app.identity;

import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The auditor looks a wallet up by its owner's name or email, to open its statement. */
@RestController
@Tag(name = "Ledger and audit")
class WalletOwnerController {

    static final int MAX_SEARCH_LENGTH = 255;

    private final WalletOwners owners;

    WalletOwnerController(WalletOwners owners) {
        this.owners = owners;
    }

    @GetMapping("/api/v1/admin/audit/wallets")
    @Operation(summary = "Wallets whose owner's name, user name or email contains the search text, or whose id it is")
    PagedResponse<WalletOwners.WalletOwner> search(@Parameter(required = true, example = "City")
                                                   @RequestParam(name = "search", required = false) String search,
                                                   @RequestParam(name = "page", required = false) Integer page,
                                                   @RequestParam(name = "per_page", required = false) Integer perPage) {
        FieldErrors errors = new FieldErrors().requireText("search", search);
        if (search != null && search.strip().length() > MAX_SEARCH_LENGTH) {
            errors.add("search", "The search may not be greater than " + MAX_SEARCH_LENGTH + " characters.");
        }
        errors.throwIfAny();
        PageRequest request = PageRequest.of(page, perPage, 20);
        List<WalletOwners.WalletOwner> found = owners.search(search,
                (long) (request.page() - 1) * request.perPage(), request.perPage());
        return PagedResponse.of(found, request.page(), request.perPage(), owners.count(search));
    }
}
