package io.spotguard.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.LoginStep;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {
    private static final TypeReference<Page<User>> USER_PAGE = new TypeReference<>() {
    };
    private final TestServer server = TestServer.get();
    private final HttpsClient http = server.http();

    @Test
    void createdUserGets201WithAOneTimePasswordAndIsAudited() {
        Tenant tenant = server.newTenant();
        String email = "new.user@" + tenant.org().slug() + ".test";

        var response = http.post(tenant.path("/users"), tenant.owner().token(),
                new CreateUserRequest("  New.User@" + tenant.org().slug().toUpperCase() + ".TEST ", " New User "));

        assertThat(response.status()).isEqualTo(201);
        OneTimePassword created = response.as(OneTimePassword.class);
        User user = created.user();
        assertThat(user).isEqualTo(new User(user.id(), tenant.id(), email, "New User", UserStatus.ACTIVE, true,
                user.createdAt(), null));
        assertThat(created.oneTimePassword()).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        assertThat(http.get(tenant.path("/users/" + user.id()), tenant.owner().token()).as(User.class)).isEqualTo(user);
        assertThat(http.signIn(email, created.oneTimePassword()).step()).isEqualTo(LoginStep.CHANGE_PASSWORD);
        List<AuditEvent> events = AuditTrail.all(http, tenant, "action=user.create&target=" + user.id());
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.actorId()).isEqualTo(tenant.owner().id());
            assertThat(event.actorLabel()).isEqualTo(tenant.owner().email());
            assertThat(event.action()).isEqualTo(AuditAction.USER_CREATE);
            assertThat(event.targetType()).isEqualTo("user");
            assertThat(event.targetLabel()).isEqualTo(email);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }

    @Test
    void internationalDomainIsStoredInItsAsciiFormAndSignsInInEitherForm() {
        Tenant tenant = server.newTenant();
        String local = "x-" + UUID.randomUUID().toString().substring(0, 8);

        var response = http.post(tenant.path("/users"), tenant.owner().token(),
                new CreateUserRequest(local + "@BÜCHER.de", "Jürgen"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        OneTimePassword created = response.as(OneTimePassword.class);
        assertThat(created.user().email()).isEqualTo(local + "@xn--bcher-kva.de");
        assertThat(search(tenant, local)).extracting(User::email).containsExactly(local + "@xn--bcher-kva.de");
        assertThat(http.signIn(local + "@bücher.de", created.oneTimePassword()).step())
                .isEqualTo(LoginStep.CHANGE_PASSWORD);
        assertThat(http.signIn(local.toUpperCase() + "@xn--bcher-kva.DE", created.oneTimePassword()).step())
                .isEqualTo(LoginStep.CHANGE_PASSWORD);
        var again = http.post(tenant.path("/users"), tenant.owner().token(),
                new CreateUserRequest(local + "@xn--bcher-kva.de", "Jürgen again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(ErrorCodes.EMAIL_TAKEN);
    }

    @Test
    void duplicateEmailIsRefusedEvenInAnotherCaseAndNothingIsCreated() {
        Tenant tenant = server.newTenant();
        String email = "dup@" + tenant.org().slug() + ".test";
        assertThat(http.post(tenant.path("/users"), tenant.owner().token(), new CreateUserRequest(email, "First"))
                .status()).isEqualTo(201);

        var same = http.post(tenant.path("/users"), tenant.owner().token(), new CreateUserRequest(email, "Second"));
        var otherCase = http.post(tenant.path("/users"), tenant.owner().token(),
                new CreateUserRequest(email.toUpperCase(), "Third"));

        assertThat(same.status()).isEqualTo(409);
        assertThat(same.code()).isEqualTo(ErrorCodes.EMAIL_TAKEN);
        assertThat(otherCase.status()).isEqualTo(409);
        assertThat(otherCase.code()).isEqualTo(ErrorCodes.EMAIL_TAKEN);
        assertThat(search(tenant, "dup@")).extracting(User::displayName).containsExactly("First");
        assertThat(AuditTrail.all(http, tenant, "action=user.create&outcome=SUCCESS"))
                .extracting(AuditEvent::targetLabel).containsOnlyOnce(email);
    }

    @Test
    void searchMatchesEmailOrDisplayNameCaseInsensitively() {
        Tenant tenant = server.newTenant();
        User alice = create(tenant, "alice", "Alice Archer");
        User bob = create(tenant, "bob", "Bob Baker");
        User carol = create(tenant, "carol", "Carol (alice's friend)");

        assertThat(search(tenant, "ALICE")).extracting(User::id).containsExactly(alice.id(), carol.id());
        assertThat(search(tenant, "baker")).extracting(User::id).containsExactly(bob.id());
        assertThat(search(tenant, "BOB@")).extracting(User::id).containsExactly(bob.id());
        assertThat(search(tenant, "nobody-like-this")).isEmpty();
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        Tenant tenant = server.newTenant();
        User underscore = create(tenant, "a_b", "Plain");
        create(tenant, "axb", "Plain");
        User percent = create(tenant, "hundred", "100% sure");
        create(tenant, "thousand", "1000 sure");
        User bang = create(tenant, "bang", "Bang! Bang!");

        assertThat(search(tenant, "a_b")).extracting(User::id).containsExactly(underscore.id());
        assertThat(search(tenant, "100%")).extracting(User::id).containsExactly(percent.id());
        assertThat(search(tenant, "%")).extracting(User::id).containsExactly(percent.id());
        assertThat(search(tenant, "_")).extracting(User::id).containsExactly(underscore.id());
        assertThat(search(tenant, "g!")).extracting(User::id).containsExactly(bang.id());
        assertThat(search(tenant, "\\")).isEmpty();
    }

    @Test
    void keysetPagingVisitsEveryUserOnceInEmailOrder() {
        Tenant tenant = server.newTenant();
        List<User> created = new ArrayList<>();
        for (int i = 7; i >= 1; i--) {
            created.add(create(tenant, "paged-" + i, "Paged " + i));
        }

        List<Page<User>> pages = new ArrayList<>();
        String cursor = null;
        do {
            var response = http.get(tenant.path("/users?q=paged-&limit=3" + (cursor == null ? "" : "&cursor=" + cursor)),
                    tenant.owner().token());
            assertThat(response.status()).isEqualTo(200);
            Page<User> page = response.as(USER_PAGE);
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null && pages.size() < 10);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
        assertThat(pages.getLast().nextCursor()).isNull();
        List<User> all = pages.stream().flatMap(p -> p.items().stream()).toList();
        assertThat(all).containsExactlyElementsOf(created.stream().sorted(Comparator.comparing(User::email)).toList());
    }

    @Test
    void adminUpdatesEmailAndDisplayName() {
        Tenant tenant = server.newTenant();
        User user = create(tenant, "before", "Before");
        String newEmail = "after@" + tenant.org().slug() + ".test";

        var response = http.patch(tenant.path("/users/" + user.id()), tenant.owner().token(),
                new UpdateUserRequest(newEmail, "After"));
        var nameOnly = http.patch(tenant.path("/users/" + user.id()), tenant.owner().token(),
                new UpdateUserRequest(null, "After Again"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.as(User.class)).isEqualTo(new User(user.id(), tenant.id(), newEmail, "After",
                UserStatus.ACTIVE, true, user.createdAt(), null));
        assertThat(nameOnly.as(User.class)).isEqualTo(new User(user.id(), tenant.id(), newEmail, "After Again",
                UserStatus.ACTIVE, true, user.createdAt(), null));
        assertThat(http.get(tenant.path("/users/" + user.id()), tenant.owner().token()).as(User.class))
                .isEqualTo(nameOnly.as(User.class));
        assertThat(AuditTrail.all(http, tenant, "action=user.update&target=" + user.id())).hasSize(2);
    }

    @Test
    void changingEmailToAnotherUsersEmailIsRefused() {
        Tenant tenant = server.newTenant();
        User user = create(tenant, "mover", "Mover");

        var response = http.patch(tenant.path("/users/" + user.id()), tenant.owner().token(),
                new UpdateUserRequest(tenant.owner().email().toUpperCase(), null));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo(ErrorCodes.EMAIL_TAKEN);
        assertThat(http.get(tenant.path("/users/" + user.id()), tenant.owner().token()).as(User.class)).isEqualTo(user);
    }

    @Test
    void disablingAUserRefusesTheirTokenOnTheNextRequestAndTheirSignIn() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);
        assertThat(http.get(ApiPaths.ME, member.token()).status()).isEqualTo(200);

        var disabled = http.post(tenant.path("/users/" + member.id() + "/disable"), tenant.owner().token(), null);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.as(User.class).status()).isEqualTo(UserStatus.DISABLED);
        var refused = http.get(ApiPaths.ME, member.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
        var signIn = http.login(member.email(), member.password(), "other-device");
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.code()).isEqualTo(ErrorCodes.ACCOUNT_DISABLED);
        assertThat(signIn.body()).doesNotContain("accessToken");
    }

    @Test
    void enablingADisabledUserLetsThemSignInAgain() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);
        http.post(tenant.path("/users/" + member.id() + "/disable"), tenant.owner().token(), null);

        var enabled = http.post(tenant.path("/users/" + member.id() + "/enable"), tenant.owner().token(), null);

        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.as(User.class).status()).isEqualTo(UserStatus.ACTIVE);
        LoginResponse again = http.signIn(member.email(), member.password());
        assertThat(again.step()).isEqualTo(LoginStep.AUTHENTICATED);
        assertThat(http.get(ApiPaths.ME, again.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void resetPasswordReplacesTheOldPasswordWithAOneTimePasswordThatMustBeChanged() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);

        var reset = http.post(tenant.path("/users/" + member.id() + "/reset-password"), tenant.owner().token(), null);

        assertThat(reset.status()).isEqualTo(200);
        OneTimePassword otp = reset.as(OneTimePassword.class);
        assertThat(otp.user().mustChangePassword()).isTrue();
        assertThat(otp.oneTimePassword()).isNotEqualTo(member.password());
        assertThat(http.get(ApiPaths.ME, member.token()).code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
        var oldPassword = http.login(member.email(), member.password(), "d");
        assertThat(oldPassword.status()).isEqualTo(401);
        assertThat(oldPassword.code()).isEqualTo(ErrorCodes.INVALID_CREDENTIALS);

        LoginResponse withOtp = http.signIn(member.email(), otp.oneTimePassword());
        assertThat(withOtp.step()).isEqualTo(LoginStep.CHANGE_PASSWORD);
        var blocked = http.get(ApiPaths.MY_SPOTS, withOtp.accessToken());
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo(ErrorCodes.PASSWORD_CHANGE_REQUIRED);

        var changed = http.post(ApiPaths.CHANGE_PASSWORD, withOtp.accessToken(),
                new ChangePasswordRequest(otp.oneTimePassword(), "my-own-new-passphrase"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(http.get(ApiPaths.MY_SPOTS, changed.as(LoginResponse.class).accessToken()).status()).isEqualTo(200);
        assertThat(http.signIn(member.email(), "my-own-new-passphrase").step()).isEqualTo(LoginStep.AUTHENTICATED);
    }

    @Test
    void revokingSessionsRefusesEveryTokenOfTheUser() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);
        LoginResponse secondDevice = http.login(member.email(), member.password(), "phone").as(LoginResponse.class);

        var revoked = http.post(tenant.path("/users/" + member.id() + "/revoke-sessions"), tenant.owner().token(), null);

        assertThat(revoked.status()).isEqualTo(204);
        for (String token : List.of(member.token(), secondDevice.accessToken())) {
            var refused = http.get(ApiPaths.ME, token);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
        }
        assertThat(http.post(ApiPaths.REFRESH, null,
                new io.spotguard.model.auth.RefreshRequest(secondDevice.refreshToken(), "phone")).status()).isEqualTo(401);
        assertThat(http.get(ApiPaths.ME, tenant.owner().token()).status()).isEqualTo(200);
    }

    @Test
    void ownerCannotDisableThemselves() {
        Tenant tenant = server.newTenant();
        tenant.member("OWNER", null);

        var response = http.post(tenant.path("/users/" + tenant.owner().id() + "/disable"), tenant.owner().token(), null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo(ErrorCodes.SELF_LOCKOUT);
        assertThat(http.get(ApiPaths.ME, tenant.owner().token()).json().at("/user/status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void anAdminCannotDisableAnOwnerAtAll() {
        Tenant tenant = server.newTenant();
        tenant.member("OWNER", null);
        Tenant.Member admin = tenant.member("ADMIN", null);

        var response = http.post(tenant.path("/users/" + tenant.owner().id() + "/disable"), admin.token(), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(ErrorCodes.TARGET_OUTRANKS_CALLER);
        assertThat(http.get(ApiPaths.ME, tenant.owner().token()).status()).isEqualTo(200);
    }

    @Test
    void someoneHoldingEveryPermissionWithoutTheOwnerRoleCannotDisableTheLastActiveOwner() {
        Tenant tenant = server.newTenant();
        assertThat(http.post(tenant.path("/roles"), tenant.owner().token(),
                new RoleRequest("Everything", EnumSet.allOf(Permission.class))).status()).isEqualTo(201);
        Tenant.Member everything = tenant.member("Everything", null);

        var response = http.post(tenant.path("/users/" + tenant.owner().id() + "/disable"), everything.token(), null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo(ErrorCodes.LAST_OWNER);
        assertThat(http.get(ApiPaths.ME, tenant.owner().token()).status()).isEqualTo(200);
    }

    @Test
    void anOwnerCanBeDisabledWhileAnotherActiveOwnerRemains() {
        Tenant tenant = server.newTenant();
        Tenant.Member secondOwner = tenant.member("OWNER", null);

        var response = http.post(tenant.path("/users/" + tenant.owner().id() + "/disable"), secondOwner.token(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.as(User.class).status()).isEqualTo(UserStatus.DISABLED);
    }

    @Test
    void auditorCanListUsersButCannotCreateOne() {
        Tenant tenant = server.newTenant();
        Tenant.Member auditor = tenant.member("AUDITOR", null);

        var list = http.get(tenant.path("/users"), auditor.token());
        var create = http.post(tenant.path("/users"), auditor.token(),
                new CreateUserRequest("sneaky@" + tenant.org().slug() + ".test", "Sneaky"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.as(USER_PAGE).items()).extracting(User::id)
                .containsExactlyInAnyOrder(tenant.owner().id(), auditor.id());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.code()).isEqualTo(ErrorCodes.FORBIDDEN);
        assertThat(search(tenant, "sneaky")).isEmpty();
    }

    private User create(Tenant tenant, String localPart, String displayName) {
        var response = http.post(tenant.path("/users"), tenant.owner().token(),
                new CreateUserRequest(localPart + "@" + tenant.org().slug() + ".test", displayName));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.as(OneTimePassword.class).user();
    }

    private List<User> search(Tenant tenant, String q) {
        var response = http.get(tenant.path("/users?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                tenant.owner().token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.as(USER_PAGE).items();
    }

    @Test
    void anOverLongSearchIsRefusedRatherThanCut() {
        Tenant tenant = server.newTenant();

        var longest = http.get(tenant.path("/users?q=" + "a".repeat(254)), tenant.owner().token());
        var tooLong = http.get(tenant.path("/users?q=" + "a".repeat(255) + "&limit=0"), tenant.owner().token());

        assertThat(longest.status()).isEqualTo(200);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().findValuesAsText("field")).containsExactlyInAnyOrder("q", "limit");
    }
}
