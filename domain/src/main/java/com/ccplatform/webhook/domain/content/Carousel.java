package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.List;

/** Cards shown side by side (`Carousel`), or a single `Card`: at least one. */
public record Carousel(List<Card> cards) implements StructuredItem {
    public Carousel {
        cards = List.copyOf(Require.present(cards, "cards"));
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("a carousel needs a card");
        }
    }
}
