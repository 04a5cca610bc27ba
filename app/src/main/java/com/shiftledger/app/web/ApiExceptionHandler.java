package com.shiftledger.app.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.shiftledger.api.rejection.InvalidIdentifierException;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.Rejection;
import com.shiftledger.command.wallet.PaymentGatewayUnavailableException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;

/**
 * Every refusal in the seed's error shape with the seed's status codes; nothing a client sends can produce a
 * 500. Field names in errors are the JSON names (snake_case).
 */
@RestControllerAdvice
class ApiExceptionHandler {

    static final String INVALID_DATA = "The given data was invalid.";
    private static final java.util.regex.Pattern DUPLICATE_FIELD =
            java.util.regex.Pattern.compile("Duplicate field '([^']{0,100})'");
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<ErrorBody> rejected(RejectedException exception) {
        return respond(exception.rejection());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ErrorBody> commandFailed(CommandExecutionException exception) {
        return exception.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast)
                .map(this::respond)
                .orElseGet(() -> unexpected(exception));
    }

    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ErrorBody> queryFailed(CompletionException exception) {
        if (exception.getCause() instanceof RejectedException rejected) {
            return respond(rejected.rejection());
        }
        return unexpected(exception);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ErrorBody> aggregateNotFound(AggregateNotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBody.of("Resource not found."));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorBody> invalid(MethodArgumentNotValidException exception) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Object target = exception.getBindingResult().getTarget();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            String field = jsonName(target, error.getField());
            String message = error.getDefaultMessage() == null ? "The " + field + " is invalid."
                    : error.getDefaultMessage().replace("{field}", field.replace('_', ' '));
            List<String> messages = errors.computeIfAbsent(field, key -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        exception.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.computeIfAbsent("body", key -> new ArrayList<>())
                        .add(error.getDefaultMessage()));
        String message = errors.values().stream().flatMap(List::stream).findFirst().orElse(INVALID_DATA);
        return ResponseEntity.unprocessableEntity().body(ErrorBody.of(message, errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException exception) {
        if (BodyLimit.exceededIn(exception)) {
            return tooLarge();
        }
        if (exception.getCause() instanceof UnrecognizedPropertyException unknown && !unknown.getPath().isEmpty()) {
            return fieldError(pathOf(unknown), "The {field} field is not part of this request.");
        }
        if (exception.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()
                && invalid.getOriginalMessage() != null && invalid.getOriginalMessage().startsWith(Text.UNSTORABLE)) {
            return fieldError(pathOf(invalid),
                    "The {field} may not contain NUL, control characters or invalid Unicode.");
        }
        if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            Class<?> target = boxed(mismatch.getTargetType());
            String problem = Number.class.isAssignableFrom(target) ? "The {field} must be a number."
                    : target == Boolean.class ? "The {field} must be true or false."
                    : "The {field} has an invalid type.";
            return fieldError(pathOf(mismatch), problem);
        }
        if (exception.getCause() instanceof JsonParseException parse && parse.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
            if (duplicate.find()) {
                return fieldError(snakeCase(duplicate.group(1)), "The {field} field may be given only once.");
            }
            if (parse.getOriginalMessage().contains("Invalid UTF-8")
                    || parse.getOriginalMessage().contains("surrogate")) {
                String message = "The request body is not valid UTF-8.";
                return ResponseEntity.unprocessableEntity().body(ErrorBody.of(message,
                        Map.of("body", List.of(message))));
            }
        }
        String message = exception.getCause() == null && exception.getMessage() != null
                && exception.getMessage().startsWith("Required request body is missing")
                ? "The request body is required." : "The request body is not valid JSON.";
        return ResponseEntity.badRequest().body(ErrorBody.of(message));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ErrorBody> tooMany(TooManyRequestsException exception) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(exception.retryAfterSeconds()))
                .body(ErrorBody.of(exception.getMessage()));
    }

    @ExceptionHandler(InvalidIdentifierException.class)
    ResponseEntity<ErrorBody> invalidIdentifier(InvalidIdentifierException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBody.of("Resource not found."));
    }

    private static ResponseEntity<ErrorBody> fieldError(String field, String template) {
        String message = template.replace("{field}", field.replace('_', ' '));
        return ResponseEntity.unprocessableEntity().body(ErrorBody.of(message, Map.of(field, List.of(message))));
    }

    static ResponseEntity<ErrorBody> tooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ErrorBody.of(BodyLimit.TOO_LARGE));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException exception) {
        if (exception.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBody.of("Resource not found."));
        }
        String field = exception.getName();
        String message = "The " + field.replace('_', ' ') + " must be " + describe(exception.getRequiredType()) + ".";
        return ResponseEntity.unprocessableEntity().body(ErrorBody.of(message, Map.of(field, List.of(message))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException exception) {
        String message = "The " + exception.getParameterName().replace('_', ' ') + " field is required.";
        return ResponseEntity.unprocessableEntity()
                .body(ErrorBody.of(message, Map.of(exception.getParameterName(), List.of(message))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ErrorBody> missingHeader(MissingRequestHeaderException exception) {
        return ResponseEntity.badRequest().body(ErrorBody.of("The " + exception.getHeaderName()
                + " header is required."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> methodNotAllowed(HttpRequestMethodNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(ErrorBody.of("The " + exception.getMethod() + " method is not supported for this route."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ErrorBody.of("The request body must be JSON (Content-Type: application/json)."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> noSuchRoute(NoResourceFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBody.of("Resource not found."));
    }

    @ExceptionHandler(PaymentGatewayUnavailableException.class)
    ResponseEntity<ErrorBody> gatewayUnavailable(PaymentGatewayUnavailableException exception) {
        log.warn("Payment gateway unavailable", exception);
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(ErrorBody.of("The payment gateway is unavailable. Please try again."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception exception) {
        log.error("Unexpected failure while handling a request", exception);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ErrorBody.of("Something went wrong on our side. Please try again."));
    }

    private ResponseEntity<ErrorBody> respond(Rejection rejection) {
        return ResponseEntity.status(rejection.kind().status()).body(ErrorBody.of(rejection));
    }

    private static String pathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('.').append(reference.getIndex());
            }
        }
        return path.toString();
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == null) {
            return Object.class;
        }
        if (type == int.class || type == long.class || type == double.class || type == short.class) {
            return Number.class;
        }
        return type;
    }

    private static String describe(Class<?> type) {
        if (type != null && Number.class.isAssignableFrom(boxed(type))) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }

    /** The field's name in the JSON body: its {@code @JsonProperty} where it has one, else its snake_case. */
    private static String jsonName(Object target, String field) {
        if (target != null && field.matches("[A-Za-z0-9]+")) {
            try {
                JsonProperty named = target.getClass().getDeclaredField(field).getAnnotation(JsonProperty.class);
                if (named != null && !named.value().isEmpty()) {
                    return named.value();
                }
            } catch (NoSuchFieldException notAField) {
                // a getter's constraint: its name as written
            }
        }
        return snakeCase(field);
    }

    static String snakeCase(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
