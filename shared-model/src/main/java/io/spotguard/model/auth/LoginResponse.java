package io.spotguard.model.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to sign-in and refresh: the next step, and the tokens once there are any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginResponse(LoginStep step, String accessToken, String refreshToken, String tokenType,
                            Long expiresIn, String challenge) {

    public static LoginResponse tokens(LoginStep step, String accessToken, String refreshToken, long expiresIn) {
        return new LoginResponse(step, accessToken, refreshToken, "Bearer", expiresIn, null);
    }

    @Override
    public String toString() {
        return "LoginResponse[step=" + step + ", tokens=<hidden>]";
    }
}
