package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;

/**
 * A notification template (`contentType: Notification`): the provider's template id and language when given, an
 * optional header, the body (required, as in Genesys's schema) and an optional footer text.
 */
public record NotificationTemplate(String id, String language, TemplateText header, TemplateText body, String footer)
        implements StructuredItem {
    public NotificationTemplate {
        id = Fields.optional(id);
        language = Fields.optional(language);
        header = header == null || header.isEmpty() ? null : header;
        Require.present(body, "template body");
        footer = Fields.optional(footer);
    }
}
