package com.shiftledger.query.virtualaccount;

import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.api.virtualaccount.FindVirtualAccountsQuery;
import com.shiftledger.api.virtualaccount.VirtualAccountPage;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin's list of virtual accounts, newest first. */
@RestController
@Tag(name = "Admin virtual accounts")
class VirtualAccountQueryController {

    private static final int DEFAULT_PER_PAGE = 15;

    private final QueryGateway queries;

    VirtualAccountQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/virtual-accounts")
    @Operation(summary = "List virtual accounts",
            description = "Every hospital's virtual account, newest first: its Razorpay id (va_...), the bank account "
                    + "transfers go to, and its mandate (mandate_status none, pending or active). page from 1, "
                    + "per_page 1 to 100 (default 15).")
    PagedResponse<VirtualAccountView> list(@RequestParam(name = "page", required = false) Integer page,
                                           @RequestParam(name = "per_page", required = false) Integer perPage) {
        PageRequest request = PageRequest.of(page, perPage, DEFAULT_PER_PAGE);
        VirtualAccountPage found = queries.query(new FindVirtualAccountsQuery(request.page(), request.perPage()),
                VirtualAccountPage.class).join();
        return PagedResponse.of(found.items(), request.page(), request.perPage(), found.total());
    }
}
