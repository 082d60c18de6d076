package com.ccplatform.webhook.domain;

/** Argument checks shared by the value objects' compact constructors. */
public final class Require {
    private Require() {
    }

    /** Returns the value when it holds a non-blank string; throws IllegalArgumentException naming the field otherwise. */
    public static String nonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Returns the value when it is not null; throws IllegalArgumentException naming the field otherwise. */
    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
