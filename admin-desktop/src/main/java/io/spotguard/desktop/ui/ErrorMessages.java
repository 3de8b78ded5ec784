package io.spotguard.desktop.ui;

import io.spotguard.desktop.api.ApiException;
import io.spotguard.desktop.api.CertificateChangedException;
import io.spotguard.desktop.api.SecureConnectionException;
import io.spotguard.desktop.api.ServerUnreachableException;
import io.spotguard.desktop.api.StatusProblems;
import io.spotguard.desktop.api.UntrustedServerException;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.Problem;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a failure into a sentence that says what to do next. Users never see codes, class names or stack traces;
 * the codes are the server's stable contract, so the wording can live here.
 */
public final class ErrorMessages {
    public static final String SESSION_ENDED = "Your session has ended. Sign in again.";
    public static final String CERTIFICATE_CHANGED = "The server's certificate has changed since you accepted it."
            + " Someone may be intercepting the connection: do not continue unless your IT department replaced it.";

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry(ErrorCodes.INVALID_CREDENTIALS, "Email or password is wrong."),
            Map.entry(ErrorCodes.ORGANIZATION_REQUIRED, "This email belongs to several organizations."
                    + " Enter the organization's short name and sign in again."),
            Map.entry(ErrorCodes.ACCOUNT_DISABLED, "This account is disabled. Ask an administrator of your"
                    + " organization to enable it."),
            Map.entry(ErrorCodes.PASSWORD_CHANGE_REQUIRED, "Choose a new password before you continue."),
            Map.entry(ErrorCodes.FORBIDDEN, "You do not have permission to do this. Ask an owner of your"
                    + " organization for the role you need."),
            Map.entry(ErrorCodes.NOT_FOUND, "This item no longer exists. Refresh the list and try again."),
            Map.entry(ErrorCodes.UNAUTHENTICATED, SESSION_ENDED),
            Map.entry(ErrorCodes.TOKEN_INVALID, SESSION_ENDED),
            Map.entry(ErrorCodes.TOKEN_EXPIRED, SESSION_ENDED),
            Map.entry(ErrorCodes.SESSION_REVOKED, SESSION_ENDED),
            Map.entry(ErrorCodes.REFRESH_TOKEN_INVALID, SESSION_ENDED),
            Map.entry(ErrorCodes.REFRESH_TOKEN_REUSED, "Your session was ended for safety because it was used"
                    + " from two places. Sign in again."),
            Map.entry(ErrorCodes.CURRENT_PASSWORD_WRONG, "The current password is wrong. Enter the one-time"
                    + " password you were given."),
            Map.entry(ErrorCodes.EMAIL_TAKEN, "A user with this email already exists in your organization."),
            Map.entry(ErrorCodes.SPOT_NAME_TAKEN, "A spot with this name already exists. Choose another name."),
            Map.entry(ErrorCodes.ROLE_NAME_TAKEN, "A role with this name already exists. Choose another name."),
            Map.entry(ErrorCodes.ROLE_ALREADY_GRANTED, "The user already holds this role there."),
            Map.entry(ErrorCodes.BUILT_IN_ROLE, "Built-in roles cannot be changed or deleted."),
            Map.entry(ErrorCodes.ROLE_IN_USE, "This role is still granted to someone. Revoke those grants first."),
            Map.entry(ErrorCodes.LAST_OWNER, "This would leave the organization without an owner."
                    + " Make someone else an owner first."),
            Map.entry(ErrorCodes.PRIVILEGE_ESCALATION, "You cannot grant more rights than you hold yourself."),
            Map.entry(ErrorCodes.TARGET_OUTRANKS_CALLER, "This person holds rights you do not hold, so only someone"
                    + " who holds them (an owner, for example) can change their account or grants."),
            Map.entry(ErrorCodes.SELF_LOCKOUT, "You cannot do this to your own account: you would lock yourself out."),
            Map.entry(ErrorCodes.PAYLOAD_TOO_LARGE, "This is too large for the server. Shorten it and try again."),
            Map.entry(StatusProblems.RATE_LIMITED, "Too many attempts. Wait a minute, then try again."),
            Map.entry(ErrorCodes.SERVER_BUSY, "The server is busy checking other sign-ins. Wait a moment, then try"
                    + " again."),
            Map.entry(ErrorCodes.CONFLICT, "Someone changed this at the same time. Refresh the list and try again."),
            Map.entry(ErrorCodes.INTERNAL_ERROR, "The server ran into a problem. Try again; if it keeps happening,"
                    + " tell your IT department."));

    private ErrorMessages() {
    }

    public static String describe(Throwable error) {
        return switch (error) {
            case ApiException api -> describe(api.problem());
            case ServerUnreachableException unreachable -> "Cannot reach the server at " + unreachable.server()
                    + ". Check the address and that the server is running.";
            case CertificateChangedException changed -> CERTIFICATE_CHANGED;
            case UntrustedServerException untrusted -> "The server's certificate is not trusted yet."
                    + " Compare its fingerprint with the one your IT department gave you before you accept it.";
            case SecureConnectionException tls -> "A secure connection to " + tls.server() + " could not be made."
                    + " Check that the address matches the server's certificate, or ask your IT department.";
            case UserFacingException written -> written.getMessage();
            default -> "Something went wrong. Try again; if it keeps happening, tell your IT department.";
        };
    }

    static String describe(Problem problem) {
        String known = BY_CODE.get(problem.code());
        if (known != null) {
            return known;
        }
        if (!problem.errors().isEmpty()) {
            return "Please correct: " + problem.errors().stream()
                    .map(ErrorMessages::describe)
                    .collect(Collectors.joining("; ")) + ".";
        }
        if (problem.status() >= 500) {
            return BY_CODE.get(ErrorCodes.INTERNAL_ERROR);
        }
        return problem.detail() != null ? problem.detail() : "The server refused this. Check your input and try again.";
    }

    public static String describe(FieldError error) {
        return FieldLabels.of(error.field()) + " " + error.message();
    }
}
