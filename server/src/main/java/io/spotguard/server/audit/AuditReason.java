package io.spotguard.server.audit;

import io.spotguard.model.ErrorCodes;

/**
 * Why something failed or was refused, as the audit log records it ({@code details.reason}). Where a client got
 * an error code for the same refusal, the reason is that code, so the log and the answer use one word.
 */
public enum AuditReason {
    UNKNOWN_USER("unknown_user"),
    WRONG_PASSWORD("wrong_password"),
    ACCOUNT_DISABLED(ErrorCodes.ACCOUNT_DISABLED),
    WRONG_CURRENT_PASSWORD(ErrorCodes.CURRENT_PASSWORD_WRONG),
    OTHER_ORGANIZATION("other_organization"),
    MISSING_PERMISSION(ErrorCodes.FORBIDDEN),
    PRIVILEGE_ESCALATION(ErrorCodes.PRIVILEGE_ESCALATION),
    TARGET_OUTRANKS_CALLER(ErrorCodes.TARGET_OUTRANKS_CALLER),
    SERVER_BUSY(ErrorCodes.SERVER_BUSY);

    private final String wireName;

    AuditReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
