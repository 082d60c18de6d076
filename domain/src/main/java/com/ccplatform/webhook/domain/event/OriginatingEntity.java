package com.ccplatform.webhook.domain.event;

import java.util.Locale;
import java.util.Optional;

/** Who wrote an agent message (`originatingEntity`): a human agent or a bot; channels may treat bot messages apart. */
public enum OriginatingEntity {
    HUMAN,
    BOT;

    /** The name published downstream: `human`, `bot`. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The entity Genesys names (`Human`, `Bot`, any case); empty for none or a value it does not document. */
    public static Optional<OriginatingEntity> fromGenesys(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (OriginatingEntity entity : values()) {
            if (entity.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }
}
