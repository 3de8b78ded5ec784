package io.spotguard.model;

/** One refused field: its JSON name (or query parameter), a stable code and a message for people. */
public record FieldError(String field, String code, String message) {
}
