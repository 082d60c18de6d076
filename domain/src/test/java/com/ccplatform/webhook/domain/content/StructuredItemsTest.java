package com.ccplatform.webhook.domain.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each structured item holds what a channel needs to show it, and nothing it could not show safely. */
class StructuredItemsTest {

    private static final CardAction BUY = new CardAction(CardAction.Type.POSTBACK, "Buy", "buy-1", null);

    @Test
    void aQuickReplyNeedsALabelAndKeepsABlankPayloadAsAbsent() {
        assertThatThrownBy(() -> new QuickReply(" ", "yes", QuickReply.Action.MESSAGE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new QuickReply("Yes", "", null).payload()).isNull();
    }

    @Test
    void readsTheQuickReplyActionGenesysNamesAndRefusesOneItDoesNotKnow() {
        assertThat(QuickReply.Action.fromGenesys("Message")).isEqualTo(QuickReply.Action.MESSAGE);
        assertThat(QuickReply.Action.fromGenesys(null)).isNull();
        assertThatThrownBy(() -> QuickReply.Action.fromGenesys("Teleport"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(QuickReply.Action.MESSAGE.wireName()).isEqualTo("message");
    }

    @Test
    void aPostbackNeedsItsPayloadAndALinkItsUrl() {
        assertThatThrownBy(() -> new CardAction(CardAction.Type.POSTBACK, "Buy", "", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardAction(CardAction.Type.LINK, "Open", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CardAction(CardAction.Type.LINK, "Open", null, "https://shop.example/p/1").url())
                .isEqualTo("https://shop.example/p/1");
        assertThat(CardAction.Type.fromGenesys("Postback").wireName()).isEqualTo("postback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "ftp://files.example/x", "/relative"})
    void refusesALinkOrImageThatIsNoWebLink(String link) {
        assertThatThrownBy(() -> new CardAction(CardAction.Type.LINK, "Open", null, link))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Card("Title", null, link, List.of(BUY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCardNeedsATitleAndKeepsABlankDescriptionAsAbsent() {
        assertThatThrownBy(() -> new Card("", "d", null, List.of(BUY))).isInstanceOf(IllegalArgumentException.class);
        Card card = new Card("Small box", "", "HTTPS://cdn.example/small.png", List.of(BUY));

        assertThat(card.description()).isNull();
        assertThat(card.image()).isEqualTo("HTTPS://cdn.example/small.png");
    }

    @Test
    void aCarouselNeedsACard() {
        assertThatThrownBy(() -> new Carousel(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2026-07-01T09:00:00", "2026-13-01T09:00:00Z", ""})
    void anAvailableTimeNeedsAnIsoDateTimeWithItsOffset(String dateTime) {
        assertThatThrownBy(() -> new AvailableTime(dateTime, 1800L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAvailableTimeKeepsTheTimeAsSentAndRefusesANegativeDuration() {
        assertThat(new AvailableTime("2026-07-01T11:00:00.000+02:00", null).dateTime())
                .isEqualTo("2026-07-01T11:00:00.000+02:00");
        assertThatThrownBy(() -> new AvailableTime("2026-07-01T09:00:00Z", -1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTemplateNeedsItsBodyAndDropsAnEmptyHeader() {
        TemplateText body = new TemplateText("Hi Robin", List.of(new TemplateParameter("name", "Robin")));
        assertThatThrownBy(() -> new NotificationTemplate(null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);

        NotificationTemplate template = new NotificationTemplate("", " ", new TemplateText("", List.of()), body, "");

        assertThat(template.header()).isNull();
        assertThat(template.id()).isNull();
        assertThat(template.language()).isNull();
        assertThat(template.footer()).isNull();
    }

    @Test
    void aTemplateParameterNeedsItsText() {
        assertThatThrownBy(() -> new TemplateParameter("name", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TemplateParameter("", "Robin").name()).isNull();
    }

    @Test
    void noStructuredContentIsEmpty() {
        assertThat(StructuredContent.NONE.isEmpty()).isTrue();
        assertThat(new StructuredContent(List.of(new QuickReply("Yes", null, null)), List.of(),
                java.util.Optional.empty(), java.util.Optional.empty()).isEmpty()).isFalse();
    }
}
