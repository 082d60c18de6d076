package com.ccplatform.webhook.application.port.out;

import java.util.UUID;

/** New unique names for stored objects; a port so tests can name them. */
public interface ObjectIds {

    UUID next();

    /** Random UUID v4 names: the production choice. */
    static ObjectIds random() {
        return UUID::randomUUID;
    }
}
