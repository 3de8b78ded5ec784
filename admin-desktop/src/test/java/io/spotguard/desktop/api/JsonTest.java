package io.spotguard.desktop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.LoginStep;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** As a newer server asks for a step this console has no screen for; SignInSteps then tells the admin. */
    @Test
    void anUnknownSignInStepReadsAsNoStep() throws Exception {
        LoginResponse answer = Json.mapper().readValue("{\"step\":\"SECOND_FACTOR\",\"challenge\":\"c-1\"}",
                LoginResponse.class);

        assertEquals(new LoginResponse(null, null, null, null, null, "c-1"), answer);
    }

    @Test
    void aKnownSignInStepReadsAsItself() throws Exception {
        LoginResponse answer = Json.mapper().readValue("{\"step\":\"CHANGE_PASSWORD\",\"accessToken\":\"a\","
                + "\"refreshToken\":\"r\",\"tokenType\":\"Bearer\",\"expiresIn\":900}", LoginResponse.class);

        assertEquals(LoginResponse.tokens(LoginStep.CHANGE_PASSWORD, "a", "r", 900), answer);
    }
}
