package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.List;

/** A date picker: an optional title and subtitle and the slots the customer may choose from. */
public record DatePicker(String title, String subtitle, List<AvailableTime> availableTimes) implements StructuredItem {
    public DatePicker {
        title = Fields.optional(title);
        subtitle = Fields.optional(subtitle);
        availableTimes = List.copyOf(Require.present(availableTimes, "available times"));
    }
}
