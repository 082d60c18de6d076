package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.List;
import java.util.Optional;

/**
 * The rich part of an agent message, normalised: its quick replies, its cards (from carousels and single cards, in
 * order), its date picker and its template. {@link #NONE} for a plain text message.
 */
public record StructuredContent(List<QuickReply> quickReplies, List<Card> cards, Optional<DatePicker> datePicker,
                                Optional<NotificationTemplate> template) {

    public static final StructuredContent NONE =
            new StructuredContent(List.of(), List.of(), Optional.empty(), Optional.empty());

    public StructuredContent {
        quickReplies = List.copyOf(Require.present(quickReplies, "quick replies"));
        cards = List.copyOf(Require.present(cards, "cards"));
        Require.present(datePicker, "date picker");
        Require.present(template, "template");
    }

    public boolean isEmpty() {
        return quickReplies.isEmpty() && cards.isEmpty() && datePicker.isEmpty() && template.isEmpty();
    }
}
