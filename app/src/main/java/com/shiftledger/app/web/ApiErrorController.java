package com.shiftledger.app.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whatever reaches the container's error page answers in the seed's error shape too. */
@RestController
@Hidden
class ApiErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ErrorBody> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        HttpStatus httpStatus = HttpStatus.resolve(status);
        String message = switch (status) {
            case 400 -> "Bad request.";
            case 401 -> "Unauthenticated.";
            case 403 -> "You do not have permission to perform this action.";
            case 404 -> "Resource not found.";
            case 413 -> "The request body is too large.";
            default -> httpStatus != null && httpStatus.is4xxClientError() ? httpStatus.getReasonPhrase()
                    : "Something went wrong on our side. Please try again.";
        };
        return ResponseEntity.status(status).body(ErrorBody.of(message));
    }
}
