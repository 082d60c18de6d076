package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.List;

/** One card: a title, an optional description and image (an http(s) link), and its buttons. */
public record Card(String title, String description, String image, List<CardAction> actions) {
    public Card {
        Require.nonBlank(title, "card title");
        description = Fields.optional(description);
        image = Fields.optionalWebLink(image, "card image");
        actions = List.copyOf(Require.present(actions, "card actions"));
    }
}
