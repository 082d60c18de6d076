package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.util.Optional;

/** The in-memory twin keeps the media store contract, so use case tests built on it mean something. */
class InMemoryMediaStoreContractTest extends MediaStoreContract {

    private final InMemoryMediaStore store = new InMemoryMediaStore();

    @Override
    protected MediaStore store() {
        return store;
    }

    @Override
    protected MediaStore unavailableStore() {
        InMemoryMediaStore down = new InMemoryMediaStore();
        down.makeUnavailable(true);
        return down;
    }

    @Override
    protected Optional<Fetched> fetch(ObjectKey key) {
        return store.get(key).map(o -> new Fetched(o.bytes(), Optional.of(o.type().value())));
    }
}
