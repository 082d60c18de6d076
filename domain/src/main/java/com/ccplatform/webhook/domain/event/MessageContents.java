package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.content.Card;
import com.ccplatform.webhook.domain.content.Carousel;
import com.ccplatform.webhook.domain.content.DatePicker;
import com.ccplatform.webhook.domain.content.NotificationTemplate;
import com.ccplatform.webhook.domain.content.QuickReply;
import com.ccplatform.webhook.domain.content.SkippedContent;
import com.ccplatform.webhook.domain.content.StructuredContent;
import com.ccplatform.webhook.domain.content.StructuredItem;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Content;
import com.ccplatform.webhook.domain.event.GenesysWebhook.WireAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts the `content[]` of an agent message: attachments to re-host, attachment entries too incomplete for that,
 * the structured content to carry, and the items left out (each with its reason). Nothing is dropped unseen.
 */
final class MessageContents {

    /** The content types a structured item is read from: the real shapes, and Genesys's single `Card`. */
    private static final Set<String> STRUCTURED_TYPES =
            Set.of("quickreply", "carousel", "card", "datepicker", "notification");

    private final List<Attachment> attachments = new ArrayList<>();
    private final List<IncompleteAttachment> incomplete = new ArrayList<>();
    private final List<QuickReply> quickReplies = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();
    private final List<SkippedContent> skipped = new ArrayList<>();
    private DatePicker datePicker;
    private NotificationTemplate template;

    static MessageContents of(List<Content> content) {
        MessageContents sorted = new MessageContents();
        content.forEach(sorted::add);
        return sorted;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    List<IncompleteAttachment> incompleteAttachments() {
        return incomplete;
    }

    StructuredContent structured() {
        return new StructuredContent(quickReplies, cards, Optional.ofNullable(datePicker), Optional.ofNullable(template));
    }

    List<SkippedContent> skipped() {
        return skipped;
    }

    private void add(Content entry) {
        if ("Attachment".equalsIgnoreCase(entry.contentType())) {
            attachment(entry.attachment());
        } else if (entry.item() != null) {
            item(entry.contentType(), entry.item());
        } else {
            boolean known = entry.contentType() != null
                    && STRUCTURED_TYPES.contains(entry.contentType().toLowerCase(Locale.ROOT));
            skipped.add(new SkippedContent(entry.contentType(), known ? SkippedContent.Reason.INCOMPLETE_ITEM
                    : SkippedContent.Reason.UNSUPPORTED_CONTENT_TYPE));
        }
    }

    private void attachment(WireAttachment sent) {
        if (sent == null) {
            incomplete.add(new IncompleteAttachment(null, null, "attachment is null"));
        } else if (isBlank(sent.id())) {
            incomplete.add(new IncompleteAttachment(null, sent.mime(), "attachment has no id"));
        } else if (isBlank(sent.url())) {
            incomplete.add(new IncompleteAttachment(sent.id(), sent.mime(), "attachment has no url"));
        } else {
            attachments.add(new Attachment(sent.id(), sent.url(), sent.mime(), sent.filename(), sent.sha256(),
                    sent.contentSizeBytes()));
        }
    }

    private void item(String contentType, StructuredItem item) {
        if (item instanceof QuickReply quickReply) {
            quickReplies.add(quickReply);
        } else if (item instanceof Carousel carousel) {
            cards.addAll(carousel.cards());
        } else if (item instanceof DatePicker picker) {
            if (datePicker == null) {
                datePicker = picker;
            } else {
                skipped.add(new SkippedContent(contentType, SkippedContent.Reason.EXTRA_ITEM));
            }
        } else if (item instanceof NotificationTemplate notification) {
            if (template == null) {
                template = notification;
            } else {
                skipped.add(new SkippedContent(contentType, SkippedContent.Reason.EXTRA_ITEM));
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
