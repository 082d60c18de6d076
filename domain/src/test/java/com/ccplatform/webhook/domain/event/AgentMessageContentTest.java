package com.ccplatform.webhook.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.content.AvailableTime;
import com.ccplatform.webhook.domain.content.Card;
import com.ccplatform.webhook.domain.content.CardAction;
import com.ccplatform.webhook.domain.content.Carousel;
import com.ccplatform.webhook.domain.content.DatePicker;
import com.ccplatform.webhook.domain.content.NotificationTemplate;
import com.ccplatform.webhook.domain.content.QuickReply;
import com.ccplatform.webhook.domain.content.SkippedContent;
import com.ccplatform.webhook.domain.content.TemplateText;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Content;
import com.ccplatform.webhook.domain.event.GenesysWebhook.WireAttachment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an agent message carries from its `content[]`, and how nothing in it is dropped unseen. */
class AgentMessageContentTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T10:00:00Z");
    private static final QuickReply YES = new QuickReply("Yes", "yes", QuickReply.Action.MESSAGE);
    private static final QuickReply NO = new QuickReply("No", "no", QuickReply.Action.MESSAGE);
    private static final Card BOX = new Card("Small box", null, null,
            List.of(new CardAction(CardAction.Type.POSTBACK, "Pick", "box-s", null)));
    private static final DatePicker PICKER = new DatePicker("When?", null,
            List.of(new AvailableTime("2026-07-01T09:00:00.000Z", 1800L)));
    private static final NotificationTemplate TEMPLATE = new NotificationTemplate(null, null, null,
            new TemplateText("Your order is ready", List.of()), "Bye");

    private final EventClassifier classifier = new EventClassifier();

    @Test
    void carriesQuickRepliesInTheirOrder() {
        OutboundMessage message = classify(Webhooks.realStructured("Proceed?",
                List.of(item("QuickReply", YES), item("QuickReply", NO))));

        assertThat(message.text()).isEqualTo("Proceed?");
        assertThat(message.content().quickReplies()).containsExactly(YES, NO);
        assertThat(message.skippedContent()).isEmpty();
    }

    @Test
    void carriesACarouselWithoutTextAsAMessageWithItsCards() {
        Card other = new Card("Large box", null, null, List.of());
        OutboundMessage message = classify(Webhooks.realStructured(null,
                List.of(item("Carousel", new Carousel(List.of(BOX, other))), item("Card", new Carousel(List.of(BOX))))));

        assertThat(message.text()).isEmpty();
        assertThat(message.content().cards()).containsExactly(BOX, other, BOX);
    }

    @Test
    void carriesOneDatePickerAndOneTemplateAndCountsASecondOneAsExtra() {
        OutboundMessage message = classify(Webhooks.realStructured(null, List.of(item("DatePicker", PICKER),
                item("Notification", TEMPLATE), item("DatePicker", PICKER), item("notification", TEMPLATE))));

        assertThat(message.content().datePicker()).contains(PICKER);
        assertThat(message.content().template()).contains(TEMPLATE);
        assertThat(message.skippedContent()).containsExactly(
                new SkippedContent("DatePicker", SkippedContent.Reason.EXTRA_ITEM),
                new SkippedContent("notification", SkippedContent.Reason.EXTRA_ITEM));
    }

    @Test
    void leavesOutAnUnknownContentTypeAndAKnownOneItCouldNotReadAndSaysWhy() {
        OutboundMessage message = classify(Webhooks.realStructured("Pick one", List.of(item("QuickReply", YES),
                new Content("QuickReplyV2", null, null), new Content("QuickReply", null, null),
                new Content(null, null, null))));

        assertThat(message.content().quickReplies()).containsExactly(YES);
        assertThat(message.skippedContent()).containsExactly(
                new SkippedContent("QuickReplyV2", SkippedContent.Reason.UNSUPPORTED_CONTENT_TYPE),
                new SkippedContent("QuickReply", SkippedContent.Reason.INCOMPLETE_ITEM),
                new SkippedContent("(absent)", SkippedContent.Reason.UNSUPPORTED_CONTENT_TYPE));
    }

    @Test
    void keepsAttachmentEntriesWithoutAttachmentIdOrUrlAsIncompleteInsteadOfDroppingThem() {
        String url = "https://api-downloads.mypurecloud.ie/api/v2/downloads/abc";
        OutboundMessage message = classify(Webhooks.withContent(Webhooks.realText(), "m-att", List.of(
                new Content("Attachment", null),
                new Content("Attachment", new WireAttachment(null, "Image", url, "image/png", "a.png", null, null)),
                new Content("Attachment", new WireAttachment("att-2", "Image", " ", "image/png", "b.png", null, null)),
                new Content("Attachment", new WireAttachment("att-3", "Image", url, "image/png", "c.png", null, null)))));

        assertThat(message.attachments()).extracting(Attachment::id).containsExactly("att-3");
        assertThat(message.incompleteAttachments()).containsExactly(
                new IncompleteAttachment(null, null, "attachment is null"),
                new IncompleteAttachment(null, "image/png", "attachment has no id"),
                new IncompleteAttachment("att-2", "image/png", "attachment has no url"));
        assertThat(message.hasMedia()).isTrue();
    }

    @Test
    void carriesWhoWroteTheMessageAndNothingForAValueGenesysDoesNotDocument() {
        assertThat(classify(Webhooks.realText()).originatingEntity()).isEqualTo(OriginatingEntity.HUMAN);
        assertThat(classify(Webhooks.withOriginatingEntity(Webhooks.realText(), "bot")).originatingEntity())
                .isEqualTo(OriginatingEntity.BOT);
        assertThat(classify(Webhooks.withOriginatingEntity(Webhooks.realText(), "Robot")).originatingEntity()).isNull();
        assertThat(classify(Webhooks.frdText()).originatingEntity()).isNull();
    }

    @Test
    void stillPublishesAMessageWithNoTextContentOrAttachmentAsBefore() {
        OutboundMessage message = classify(Webhooks.realStructured(null, List.of()));

        assertThat(message.text()).isEmpty();
        assertThat(message.content().isEmpty()).isTrue();
        assertThat(message.hasMedia()).isFalse();
    }

    private OutboundMessage classify(GenesysWebhook webhook) {
        WebhookEvent event = classifier.classify(webhook, RECEIVED);
        assertThat(event).isInstanceOf(OutboundMessage.class);
        return (OutboundMessage) event;
    }

    private static Content item(String contentType, com.ccplatform.webhook.domain.content.StructuredItem item) {
        return new Content(contentType, null, item);
    }
}
