package io.spotguard.server.users;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import io.spotguard.model.validation.Emails;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditRecord;
import io.spotguard.server.audit.AuditTarget;
import io.spotguard.server.credentials.OneTimePasswords;
import io.spotguard.server.credentials.PasswordHasher;
import io.spotguard.server.db.Database;
import io.spotguard.server.db.Sql;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import io.spotguard.server.http.Paging;
import io.spotguard.server.security.Reach;
import io.spotguard.server.security.SessionEnd;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** User accounts as admins manage them. Routes authorize; this class keeps the rules of accounts. */
public final class UserService {
    private final Database database;
    private final UserRepository repository;
    private final PasswordHasher hasher;
    private final AccountSessions sessions;
    private final AccountGrants grants;
    private final AuditLog audit;

    UserService(Database database, UserRepository repository, PasswordHasher hasher, AccountSessions sessions,
                AccountGrants grants, AuditLog audit) {
        this.database = database;
        this.repository = repository;
        this.hasher = hasher;
        this.sessions = sessions;
        this.grants = grants;
        this.audit = audit;
    }

    /** One page of users by email, after {@code afterEmail} (the cursor's position) when given. */
    public Page<User> page(String orgId, Reach reach, String query, String afterEmail, int limit) {
        List<User> rows = database.inTransaction(h -> repository.page(h, orgId, query, afterEmail,
                Paging.rowsToRead(limit), reach.wholeOrganization() ? null : grants.usersInSpots(h, reach.spotIds())));
        return Paging.page(rows, limit, User::email);
    }

    /** A user the caller may see: anyone with users.read over the organization, their spots' users otherwise. */
    public User get(String orgId, Reach reach, String userId) {
        return database.inTransaction(h -> repository.find(h, orgId, userId)
                .filter(user -> reach.wholeOrganization() || grants.usersInSpots(h, reach.spotIds()).contains(userId)))
                .orElseThrow(ApiException::notFound);
    }

    /** A new account with a one-time password, shown once to the admin and changed at first sign-in. */
    public OneTimePassword create(Caller caller, String orgId, CreateUserRequest request) {
        String password = OneTimePasswords.generate();
        User user = createWithPassword(caller, orgId, request.email(), request.displayName(), password, true);
        return new OneTimePassword(user, password);
    }

    /** A new account with a password chosen elsewhere (bootstrap, demo data, provisioning). */
    public User createWithPassword(Caller caller, String orgId, String rawEmail, String displayName, String password,
                                   boolean mustChangePassword) {
        String email = Emails.normalize(rawEmail);
        String hash = hasher.hash(password);
        return database.inTransaction(h -> {
            requireFreeEmail(h, orgId, email, null);
            Instant now = database.now();
            User created = new User(Sql.newId(), orgId, email, displayName.strip(), UserStatus.ACTIVE,
                    mustChangePassword, now, mustChangePassword ? null : now);
            repository.insert(h, created, hash);
            audit.append(h, AuditRecord.success(AuditAction.USER_CREATE).by(caller)
                    .target(AuditTarget.USER, created.id(), email));
            return created;
        });
    }

    public User update(Caller caller, String orgId, String userId, UpdateUserRequest request) {
        return database.inTransaction(h -> {
            User user = existing(h, orgId, userId);
            String email = request.email() == null ? user.email() : Emails.normalize(request.email());
            String name = request.displayName() == null ? user.displayName() : request.displayName().strip();
            requireFreeEmail(h, orgId, email, userId);
            repository.update(h, userId, email, name, database.now());
            audit.append(h, AuditRecord.success(AuditAction.USER_UPDATE).by(caller).target(AuditTarget.USER, userId, email)
                    .detail("previousEmail", email.equals(user.email()) ? null : user.email())
                    .detail("displayNameChanged", !name.equals(user.displayName())));
            return repository.find(h, orgId, userId).orElseThrow();
        });
    }

    /** Disabling ends the user's sessions in the same transaction, so their tokens die on the next request. */
    public User disable(Caller caller, String orgId, String userId) {
        if (caller.userId().equals(userId)) {
            throw ApiException.conflict(ErrorCodes.SELF_LOCKOUT, "You cannot disable your own account.");
        }
        return database.inTransaction(h -> {
            User user = existing(h, orgId, userId);
            grants.requireAnotherActiveOwner(h, orgId, userId);
            repository.setStatus(h, userId, UserStatus.DISABLED, database.now());
            int ended = sessions.endAll(h, userId, SessionEnd.USER_DISABLED, database.now());
            audit.append(h, AuditRecord.success(AuditAction.USER_DISABLE).by(caller).target(AuditTarget.USER, userId, user.email())
                    .detail("sessionsEnded", ended));
            return repository.find(h, orgId, userId).orElseThrow();
        });
    }

    public User enable(Caller caller, String orgId, String userId) {
        return database.inTransaction(h -> {
            User user = existing(h, orgId, userId);
            repository.setStatus(h, userId, UserStatus.ACTIVE, database.now());
            audit.append(h, AuditRecord.success(AuditAction.USER_ENABLE).by(caller).target(AuditTarget.USER, userId, user.email()));
            return repository.find(h, orgId, userId).orElseThrow();
        });
    }

    public OneTimePassword resetPassword(Caller caller, String orgId, String userId) {
        String password = OneTimePasswords.generate();
        String hash = hasher.hash(password);
        User user = database.inTransaction(h -> {
            User existing = existing(h, orgId, userId);
            repository.setPassword(h, userId, hash, true, database.now());
            int ended = sessions.endAll(h, userId, SessionEnd.PASSWORD_RESET, database.now());
            audit.append(h, AuditRecord.success(AuditAction.USER_PASSWORD_RESET).by(caller)
                    .target(AuditTarget.USER, userId, existing.email()).detail("sessionsEnded", ended));
            return repository.find(h, orgId, userId).orElseThrow();
        });
        return new OneTimePassword(user, password);
    }

    public void revokeSessions(Caller caller, String orgId, String userId) {
        database.useTransaction(h -> {
            User user = existing(h, orgId, userId);
            int ended = sessions.endAll(h, userId, SessionEnd.REVOKED_BY_ADMIN, database.now());
            audit.append(h, AuditRecord.success(AuditAction.USER_SESSIONS_REVOKE).by(caller)
                    .target(AuditTarget.USER, userId, user.email()).detail("sessionsEnded", ended));
        });
    }

    private User existing(Handle h, String orgId, String userId) {
        return repository.find(h, orgId, userId).orElseThrow(ApiException::notFound);
    }

    private void requireFreeEmail(Handle h, String orgId, String email, String exceptUserId) {
        if (repository.emailTaken(h, orgId, email, exceptUserId)) {
            throw ApiException.conflict(ErrorCodes.EMAIL_TAKEN, "A user with this email already exists.");
        }
    }
}
