package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;

/** A value for a placeholder of a notification template: its text (required) and, optionally, its name. */
public record TemplateParameter(String name, String text) {
    public TemplateParameter {
        name = Fields.optional(name);
        Require.present(text, "template parameter text");
    }
}
