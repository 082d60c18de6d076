package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.testkit.UseCaseFixture;
import com.ccplatform.webhook.domain.content.Card;
import com.ccplatform.webhook.domain.content.CardAction;
import com.ccplatform.webhook.domain.content.Carousel;
import com.ccplatform.webhook.domain.content.QuickReply;
import com.ccplatform.webhook.domain.content.StructuredItem;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Content;
import com.ccplatform.webhook.domain.event.OriginatingEntity;
import com.ccplatform.webhook.domain.event.Webhooks;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, item 2: a `Structured` message reaches outboundQueue with its content and its sender, not as bare text. */
class RichMessageIngestTest {

    private static final QuickReply YES = new QuickReply("Yes", "yes", QuickReply.Action.MESSAGE);
    private static final Card BOX = new Card("Small box", null, "https://cdn.example/small.png",
            List.of(new CardAction(CardAction.Type.POSTBACK, "Pick", "box-s", null)));

    private final UseCaseFixture fx = new UseCaseFixture();

    @Test
    void publishesQuickRepliesAndTheBotAsSenderWithTheText() {
        AgentMessage message = publish(structured("Proceed?", "Bot", item("QuickReply", YES)));

        assertThat(message.text()).isEqualTo("Proceed?");
        assertThat(message.content().quickReplies()).containsExactly(YES);
        assertThat(message.originatingEntity()).isEqualTo(OriginatingEntity.BOT);
    }

    @Test
    void publishesACarouselWithoutTextWithItsCardsRatherThanAsAnEmptyMessage() {
        AgentMessage message = publish(structured(null, "Bot", item("Carousel", new Carousel(List.of(BOX)))));

        assertThat(message.text()).isEmpty();
        assertThat(message.content().cards()).containsExactly(BOX);
    }

    @Test
    void publishesTheMessageWithoutAnItemItCannotCarryAndReportsThatItem() {
        AgentMessage message = publish(structured("Pick one", "Human", item("QuickReply", YES),
                new Content("QuickReplyV2", null, null)));

        assertThat(message.content().quickReplies()).containsExactly(YES);
        assertThat(message.originatingEntity()).isEqualTo(OriginatingEntity.HUMAN);
        assertThat(fx.telemetry.lines())
                .containsExactly("contentSkipped uuid-5678 msg-rich-1 QuickReplyV2 unsupported_content_type");
    }

    @Test
    void reportsNothingOfAnEchoItDrops() {
        GenesysWebhook echo = Webhooks.withContent(Webhooks.frdEcho(), "msg-jkl-012",
                List.of(new Content("QuickReplyV2", null, null)));

        assertThat(fx.ingestSigned(Webhooks.withType(echo, "Structured", "Outbound")))
                .isInstanceOf(IngestOutcome.EchoFiltered.class);
        assertThat(fx.telemetry.lines()).containsExactly("echoFiltered uuid-5678 msg-jkl-012");
    }

    private AgentMessage publish(GenesysWebhook webhook) {
        assertThat(fx.ingestSigned(webhook)).isInstanceOf(IngestOutcome.Accepted.class);
        return (AgentMessage) fx.publisher.confirmed().get(0);
    }

    private static GenesysWebhook structured(String text, String entity, Content... content) {
        GenesysWebhook frd = Webhooks.frdText();
        return new GenesysWebhook("msg-rich-1", frd.channel(), "Structured", text, "Outbound", null, null,
                List.of(content), null, null, null, entity);
    }

    private static Content item(String contentType, StructuredItem item) {
        return new Content(contentType, null, item);
    }
}
