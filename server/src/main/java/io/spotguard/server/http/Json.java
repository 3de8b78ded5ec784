package io.spotguard.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Validatable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reading requests and writing answers. A request body is refused before anything runs when it is too large
 * (413), not JSON (415), malformed, has unknown or mistyped fields (400 naming them) or breaks a shared-model
 * rule (400 naming each field).
 */
public final class Json {
    public static final String MEDIA_TYPE = "application/json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // {"email": "a", "email": "b"} is ambiguous: refuse it rather than let the last one win.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // An enum is named, never numbered: "platform": 5 would otherwise silently mean the sixth constant.
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A text field takes text: "name": 5 is a client mistake to name, not a spot called "5".
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(64 * 1024).maxNumberLength(32).build());
    }

    private final long maxPayloadBytes;

    public Json(long maxPayloadBytes) {
        this.maxPayloadBytes = maxPayloadBytes;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public <T extends Validatable> T read(ServerRequest req, Class<T> type) {
        T value = readUnvalidated(req, type);
        List<FieldError> errors = value.validationErrors();
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return value;
    }

    private <T> T readUnvalidated(ServerRequest req, Class<T> type) {
        requireJsonContentType(req);
        byte[] body = readBody(req);
        if (body.length == 0) {
            throw ApiException.badRequest(ErrorCodes.MALFORMED_JSON, "The request needs a JSON body.");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest(ErrorCodes.MALFORMED_JSON, "The request body must be a JSON object.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.validation(List.of(new FieldError(path(e), "unknown_field", "is not a known field")));
        } catch (InvalidFormatException e) {
            throw ApiException.validation(List.of(new FieldError(path(e), "invalid_value",
                    "has a value of the wrong type or an unknown value")));
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw ApiException.badRequest(ErrorCodes.MALFORMED_JSON, "The request body must be a JSON object.");
            }
            throw ApiException.validation(List.of(new FieldError(path(e), "invalid_value",
                    "has a value of the wrong type")));
        } catch (JsonMappingException e) {
            if (!e.getPath().isEmpty()) {
                throw ApiException.validation(List.of(new FieldError(path(e), "invalid_value",
                        "has an invalid value")));
            }
            throw ApiException.badRequest(ErrorCodes.MALFORMED_JSON, "The request body is not valid JSON.");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(ErrorCodes.MALFORMED_JSON, "The request body is not valid JSON.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireJsonContentType(ServerRequest req) {
        boolean json = req.headers().contentType()
                .map(type -> type.mediaType().text().toLowerCase(Locale.ROOT).equals(MEDIA_TYPE)
                        && type.charset().map(c -> c.equalsIgnoreCase("utf-8")).orElse(true))
                .orElse(false);
        if (!json) {
            throw ApiException.unsupportedMediaType("Send the request body as application/json (UTF-8).");
        }
    }

    private byte[] readBody(ServerRequest req) {
        if (req.headers().contentLength().orElse(0) > maxPayloadBytes) {
            throw payloadTooLarge();
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] body = in.readNBytes((int) maxPayloadBytes + 1);
            if (body.length > maxPayloadBytes) {
                throw payloadTooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest(ErrorCodes.MALFORMED_JSON, "The request body could not be read.");
        }
    }

    public ApiException payloadTooLarge() {
        return ApiException.payloadTooLarge("The request body is larger than " + maxPayloadBytes + " bytes.");
    }

    public static void send(ServerResponse res, Status status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        try {
            res.send(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    public static void ok(ServerResponse res, Object body) {
        send(res, Status.OK_200, body);
    }

    public static void created(ServerResponse res, Object body) {
        send(res, Status.CREATED_201, body);
    }

    public static void noContent(ServerResponse res) {
        res.status(Status.NO_CONTENT_204).send();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
