package com.ccplatform.webhook.adapter.http;

/** Questions about a failure's chain of causes. */
final class Causes {

    private Causes() {
    }

    /** True when {@code failure} or any of its causes is one of {@code kinds}. */
    @SafeVarargs
    static boolean include(Throwable failure, Class<? extends Throwable>... kinds) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
