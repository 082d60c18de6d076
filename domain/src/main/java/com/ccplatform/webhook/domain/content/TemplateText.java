package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.List;

/** The header or body of a notification template: its text as rendered, and the parameters filled into it. */
public record TemplateText(String text, List<TemplateParameter> parameters) {
    public TemplateText {
        text = Fields.optional(text);
        parameters = List.copyOf(Require.present(parameters, "template parameters"));
    }

    public boolean isEmpty() {
        return text == null && parameters.isEmpty();
    }
}
