package io.spotguard.desktop.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.spotguard.model.auth.LoginStep;

/** The console's one JSON configuration. */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // A newer server may add fields; an older console must keep working with it.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // A newer server may ask for a sign-in step this console has no screen for: it reads as null, so the
        // admin is told to install the newest console instead of "Something went wrong".
        mapper.configOverride(LoginStep.class).setFormat(
                JsonFormat.Value.empty().withFeature(JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL));
        return mapper;
    }
}
