package io.spotguard.model;

/** The stable error codes of problem answers. Clients switch on these; never rename one. */
public final class ErrorCodes {
    public static final String VALIDATION_FAILED = "validation_failed";
    public static final String MALFORMED_JSON = "malformed_json";
    public static final String MALFORMED_REQUEST = "malformed_request";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    public static final String NOT_FOUND = "not_found";
    public static final String FORBIDDEN = "forbidden";
    public static final String INTERNAL_ERROR = "internal_error";

    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String INVALID_CREDENTIALS = "invalid_user_credentials";
    public static final String ORGANIZATION_REQUIRED = "organization_required";
    public static final String ACCOUNT_DISABLED = "account_disabled";
    public static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";
    public static final String TOKEN_INVALID = "token_invalid";
    public static final String TOKEN_EXPIRED = "token_expired";
    public static final String SESSION_REVOKED = "session_revoked";
    public static final String REFRESH_TOKEN_INVALID = "refresh_token_invalid";
    public static final String REFRESH_TOKEN_REUSED = "refresh_token_reused";
    public static final String CURRENT_PASSWORD_WRONG = "current_password_wrong";
    /** Too many expensive checks (password hashes) are waiting; retry after the Retry-After header's seconds. */
    public static final String SERVER_BUSY = "server_busy";

    /** A concurrent change won: the request collided with another one; retrying after a reload may work. */
    public static final String CONFLICT = "conflict";
    public static final String EMAIL_TAKEN = "email_taken";
    public static final String SPOT_NAME_TAKEN = "spot_name_taken";
    public static final String ROLE_NAME_TAKEN = "role_name_taken";
    public static final String ROLE_ALREADY_GRANTED = "role_already_granted";
    public static final String BUILT_IN_ROLE = "built_in_role";
    public static final String ROLE_IN_USE = "role_in_use";
    public static final String LAST_OWNER = "last_owner";
    public static final String PRIVILEGE_ESCALATION = "privilege_escalation";
    public static final String SELF_LOCKOUT = "self_lockout";
    /** The account acted on holds a permission the caller lacks over the same scope. */
    public static final String TARGET_OUTRANKS_CALLER = "target_outranks_caller";

    private ErrorCodes() {
    }
}
