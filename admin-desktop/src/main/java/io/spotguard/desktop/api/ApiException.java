package io.spotguard.desktop.api;

import io.spotguard.model.Problem;

/** The server refused a call; the {@link Problem} says why, with a stable code and the refused fields. */
public final class ApiException extends RuntimeException {
    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.status() + " " + problem.code() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public String code() {
        return problem.code();
    }

    public boolean hasCode(String code) {
        return code.equals(problem.code());
    }
}
