package io.spotguard.server.auth;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.LoginStep;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.validation.Emails;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditReason;
import io.spotguard.server.audit.AuditRecord;
import io.spotguard.server.audit.AuditTarget;
import io.spotguard.server.credentials.PasswordHasher;
import io.spotguard.server.db.Database;
import io.spotguard.server.db.Sql;
import io.spotguard.server.devices.DeviceRegistry;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import io.spotguard.server.security.SessionEnd;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.Account;
import io.spotguard.server.users.Accounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Sign-in, refresh, sign-out and password change. Every outcome is audited: successes with the change they
 * make, failures at once in their own transaction.
 */
public final class AuthService {
    private final Database database;
    private final Accounts accounts;
    private final SpotDirectory tenancy;
    private final DeviceRegistry devices;
    private final SessionRepository sessions;
    private final TokenService tokens;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Duration refreshTtl;

    AuthService(Database database, Accounts accounts, SpotDirectory tenancy, DeviceRegistry devices,
                SessionRepository sessions, TokenService tokens, PasswordHasher hasher, AuditLog audit,
                Duration refreshTtl) {
        this.database = database;
        this.accounts = accounts;
        this.tenancy = tenancy;
        this.devices = devices;
        this.sessions = sessions;
        this.tokens = tokens;
        this.hasher = hasher;
        this.audit = audit;
        this.refreshTtl = refreshTtl;
    }

    public LoginResponse login(LoginRequest request, String ip) {
        String email = Emails.normalize(request.email());
        List<Account> candidates = database.inTransaction(h -> candidates(h, email, request.organization()));
        // When the email is in several organizations, the password is checked against the oldest account only: one
        // bcrypt on every path (an unknown email costs what a wrong password costs), and without the right password
        // the answer is the same 401, so nobody learns where else an email is registered.
        Account account = candidates.isEmpty() ? null : candidates.getFirst();
        boolean passwordMatches;
        try {
            passwordMatches = hasher.matches(request.password(), account == null ? null : account.passwordHash());
        } catch (ApiException busy) {
            audit.recordNow(loginFailure(request, ip, account, AuditReason.SERVER_BUSY));
            throw busy;
        }
        if (!passwordMatches) {
            audit.recordNow(loginFailure(request, ip, account, account == null ? AuditReason.UNKNOWN_USER : AuditReason.WRONG_PASSWORD));
            throw ApiException.unauthorized(ErrorCodes.INVALID_CREDENTIALS, "Email or password is wrong.");
        }
        if (candidates.size() > 1) {
            throw ApiException.badRequest(ErrorCodes.ORGANIZATION_REQUIRED,
                    "This email belongs to more than one organization: name the organization too.");
        }
        if (!account.active()) {
            audit.recordNow(loginFailure(request, ip, account, AuditReason.ACCOUNT_DISABLED));
            throw ApiException.forbidden(ErrorCodes.ACCOUNT_DISABLED,
                    "This account is disabled. Ask your organization's administrator.");
        }
        String upgradedHash = hasher.needsRehash(account.passwordHash()) ? hasher.hash(request.password()) : null;
        return database.inTransaction(h -> {
            if (upgradedHash != null) {
                accounts.upgradeHash(h, account.userId(), upgradedHash);
            }
            Instant now = database.now();
            devices.recordSignIn(h, account.orgId(), account.userId(), request.deviceId(),
                    request.deviceName().strip(), request.platform(), now);
            String sessionId = Sql.newId();
            sessions.insertSession(h, sessionId, account.orgId(), account.userId(), request.deviceId(), now,
                    now.plus(refreshTtl));
            audit.append(h, AuditRecord.success(AuditAction.LOGIN).org(account.orgId())
                    .actor(account.userId(), account.email()).client(ip, request.deviceId())
                    .target(AuditTarget.SESSION, sessionId, null).detail("platform", request.platform()));
            return issue(h, account, sessionId, request.deviceId(), now);
        });
    }

    private List<Account> candidates(Handle h, String email, String organizationSlug) {
        if (organizationSlug == null) {
            return accounts.byEmail(h, email, null);
        }
        return tenancy.organizationBySlug(h, organizationSlug)
                .map(Organization::id)
                .map(orgId -> accounts.byEmail(h, email, orgId))
                .orElse(List.of());
    }

    private AuditRecord loginFailure(LoginRequest request, String ip, Account account, AuditReason reason) {
        return AuditRecord.failure(AuditAction.LOGIN)
                .org(account == null ? null : account.orgId())
                .actor(account == null ? null : account.userId(), request.email().strip())
                .client(ip, request.deviceId())
                .reason(reason);
    }

    private sealed interface RefreshOutcome {
    }

    private record Refreshed(LoginResponse response) implements RefreshOutcome {
    }

    private record Refused(ApiException error) implements RefreshOutcome {
    }

    public LoginResponse refresh(RefreshRequest request, String ip) {
        String hash = TokenService.hashRefreshToken(request.refreshToken());
        // Reuse revokes the session; that must commit, so refusals are returned out of the transaction, not thrown.
        RefreshOutcome outcome = database.inTransaction(h -> refresh(h, hash, request.deviceId(), ip));
        return switch (outcome) {
            case Refreshed refreshed -> refreshed.response();
            case Refused refused -> throw refused.error();
        };
    }

    private RefreshOutcome refresh(Handle h, String hash, String deviceId, String ip) {
        Instant now = database.now();
        var token = sessions.refreshToken(h, hash).orElse(null);
        if (token == null) {
            return refused(ErrorCodes.REFRESH_TOKEN_INVALID, "The refresh token is not valid. Sign in again.");
        }
        var session = sessions.session(h, token.sessionId()).orElseThrow();
        if (!session.usableAt(now)) {
            return refused(ErrorCodes.SESSION_REVOKED, "The session has ended. Sign in again.");
        }
        Account account = accounts.byId(h, session.userId()).orElseThrow();
        if (!session.deviceId().equals(deviceId)) {
            // A refresh token is bound to its device: presented from another one, it was most likely stolen.
            endForSafety(h, session.id(), SessionEnd.DEVICE_MISMATCH, now, account, ip, deviceId,
                    AuditRecord.failure(AuditAction.REFRESH_DEVICE_MISMATCH).detail("sessionDeviceId", session.deviceId()));
            return refused(ErrorCodes.REFRESH_TOKEN_INVALID,
                    "The refresh token belongs to another device, so its session was ended for safety. Sign in again.");
        }
        if (token.rotatedAt() != null || !sessions.rotate(h, hash, now)) {
            endForSafety(h, session.id(), SessionEnd.REFRESH_TOKEN_REUSED, now, account, ip, deviceId,
                    AuditRecord.failure(AuditAction.REFRESH_TOKEN_REUSE));
            return refused(ErrorCodes.REFRESH_TOKEN_REUSED,
                    "This refresh token was already used, so the session was ended for safety. Sign in again.");
        }
        if (!account.active()) {
            return refused(ErrorCodes.ACCOUNT_DISABLED, "This account is disabled.");
        }
        sessions.touch(h, session.id(), now);
        return new Refreshed(issue(h, account, session.id(), deviceId, now));
    }

    /** Ends a session whose refresh token turned up where it should not, and records why, in the same transaction. */
    private void endForSafety(Handle h, String sessionId, SessionEnd reason, Instant now, Account account, String ip,
                              String deviceId, AuditRecord record) {
        sessions.revoke(h, sessionId, reason, now);
        audit.append(h, record.org(account.orgId()).actor(account.userId(), account.email()).client(ip, deviceId)
                .target(AuditTarget.SESSION, sessionId, null));
    }

    private static Refused refused(String code, String detail) {
        return new Refused(ApiException.unauthorized(code, detail));
    }

    private LoginResponse issue(Handle h, Account account, String sessionId, String deviceId, Instant now) {
        String refreshToken = tokens.newRefreshToken();
        sessions.insertRefreshToken(h, TokenService.hashRefreshToken(refreshToken), sessionId, now);
        String accessToken = tokens.issueAccessToken(account.userId(), account.orgId(), sessionId, deviceId);
        LoginStep step = account.mustChangePassword() ? LoginStep.CHANGE_PASSWORD : LoginStep.AUTHENTICATED;
        return LoginResponse.tokens(step, accessToken, refreshToken, tokens.accessTtl().toSeconds());
    }

    public void logout(Caller caller) {
        database.useTransaction(h -> {
            sessions.revoke(h, caller.sessionId(), SessionEnd.LOGOUT, database.now());
            audit.append(h, AuditRecord.success(AuditAction.LOGOUT).by(caller).target(AuditTarget.SESSION, caller.sessionId(), null));
        });
    }

    public void logoutEverywhere(Caller caller) {
        database.useTransaction(h -> {
            int ended = sessions.revokeAllOfUser(h, caller.userId(), null, SessionEnd.LOGOUT_ALL, database.now());
            audit.append(h, AuditRecord.success(AuditAction.LOGOUT_ALL).by(caller).target(AuditTarget.USER, caller.userId(),
                    caller.email()).detail("sessionsEnded", ended));
        });
    }

    /** Changes the caller's password, ends their other sessions and re-issues this session's tokens. */
    public LoginResponse changePassword(Caller caller, ChangePasswordRequest request) {
        Account account = database.inTransaction(h -> accounts.byId(h, caller.userId())).orElseThrow();
        if (!hasher.matches(request.currentPassword(), account.passwordHash())) {
            audit.recordNow(AuditRecord.failure(AuditAction.PASSWORD_CHANGE).by(caller)
                    .target(AuditTarget.USER, caller.userId(), caller.email()).reason(AuditReason.WRONG_CURRENT_PASSWORD));
            throw ApiException.validation(ErrorCodes.CURRENT_PASSWORD_WRONG, "The current password is wrong.",
                    List.of(new FieldError("currentPassword", "wrong", "is not your current password")));
        }
        String newHash = hasher.hash(request.newPassword());
        return database.inTransaction(h -> {
            Instant now = database.now();
            accounts.changePassword(h, caller.userId(), newHash, now);
            int ended = sessions.revokeAllOfUser(h, caller.userId(), caller.sessionId(), SessionEnd.PASSWORD_CHANGE, now);
            sessions.retireRefreshTokens(h, caller.sessionId(), now);
            audit.append(h, AuditRecord.success(AuditAction.PASSWORD_CHANGE).by(caller)
                    .target(AuditTarget.USER, caller.userId(), caller.email()).detail("otherSessionsEnded", ended));
            Account changed = accounts.byId(h, caller.userId()).orElseThrow();
            return issue(h, changed, caller.sessionId(), caller.deviceId(), now);
        });
    }
}
