package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.content.AvailableTime;
import com.ccplatform.webhook.domain.content.Card;
import com.ccplatform.webhook.domain.content.CardAction;
import com.ccplatform.webhook.domain.content.Carousel;
import com.ccplatform.webhook.domain.content.DatePicker;
import com.ccplatform.webhook.domain.content.NotificationTemplate;
import com.ccplatform.webhook.domain.content.QuickReply;
import com.ccplatform.webhook.domain.content.StructuredItem;
import com.ccplatform.webhook.domain.content.TemplateParameter;
import com.ccplatform.webhook.domain.content.TemplateText;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The structured items of `content[]` as Genesys sends them become the domain's values; odd ones read as null. */
class StructuredContentJsonTest {

    private final StrictWebhookJson json = new StrictWebhookJson(1024 * 1024);

    @Test
    void readsQuickRepliesInTheirOrder() throws Exception {
        List<GenesysWebhook.Content> content = parse("""
                [{"contentType":"QuickReply","quickReply":{"text":"Yes","payload":"yes","action":"Message"}},
                 {"contentType":"QuickReply","quickReply":{"text":"No","payload":"no"}}]""");

        assertThat(content).extracting(GenesysWebhook.Content::item).containsExactly(
                new QuickReply("Yes", "yes", QuickReply.Action.MESSAGE), new QuickReply("No", "no", null));
    }

    @Test
    void readsACarouselAndASingleCardWithPostbackAndLinkActions() throws Exception {
        List<GenesysWebhook.Content> content = parse("""
                [{"contentType":"Carousel","carousel":{"cards":[{"title":"Small","description":"",
                  "image":"https://cdn.example/s.png","actions":[{"type":"Postback","text":"Pick","payload":"s"}]}]}},
                 {"contentType":"Card","card":{"title":"Help","actions":[
                  {"type":"Link","text":"Open","url":"https://help.example/"}]}}]""");

        assertThat(content.get(0).item()).isEqualTo(new Carousel(List.of(new Card("Small", null,
                "https://cdn.example/s.png", List.of(new CardAction(CardAction.Type.POSTBACK, "Pick", "s", null))))));
        assertThat(content.get(1).item()).isEqualTo(new Carousel(List.of(new Card("Help", null, null,
                List.of(new CardAction(CardAction.Type.LINK, "Open", null, "https://help.example/"))))));
    }

    @Test
    void readsADatePickerWithItsSlots() throws Exception {
        StructuredItem item = parse("""
                [{"contentType":"DatePicker","datePicker":{"title":"When?","subtitle":"Pick one","availableTimes":[
                  {"duration":1800,"dateTime":"2026-07-01T09:00:00.000Z"},{"dateTime":"2026-07-02T09:00:00.000Z"}]}}]
                """).get(0).item();

        assertThat(item).isEqualTo(new DatePicker("When?", "Pick one", List.of(
                new AvailableTime("2026-07-01T09:00:00.000Z", 1800L), new AvailableTime("2026-07-02T09:00:00.000Z", null))));
    }

    @Test
    void readsANotificationTemplateWithHeaderBodyParametersAndFooter() throws Exception {
        StructuredItem item = parse("""
                [{"contentType":"Notification","template":{"id":"ns@order_ready","language":"en_GB",
                  "header":{"type":"Text","text":"Update"},
                  "body":{"text":"Hi Robin","parameters":[{"name":"name","text":"Robin"}]},
                  "footer":{"text":"Bye"}}}]""").get(0).item();

        assertThat(item).isEqualTo(new NotificationTemplate("ns@order_ready", "en_GB",
                new TemplateText("Update", List.of()),
                new TemplateText("Hi Robin", List.of(new TemplateParameter("name", "Robin"))), "Bye"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"contentType\":\"QuickReply\",\"quickReply\":{\"text\":7}}",
            "{\"contentType\":\"QuickReply\",\"quickReply\":\"Yes\"}",
            "{\"contentType\":\"QuickReply\",\"quickReply\":{\"text\":\"Yes\",\"action\":\"Teleport\"}}",
            "{\"contentType\":\"QuickReply\"}",
            "{\"contentType\":\"Carousel\",\"carousel\":{\"cards\":[]}}",
            "{\"contentType\":\"Carousel\",\"carousel\":{\"cards\":{\"title\":\"x\"}}}",
            "{\"contentType\":\"Card\",\"card\":{\"title\":\"x\",\"actions\":[{\"type\":\"Dance\",\"text\":\"t\"}]}}",
            "{\"contentType\":\"DatePicker\",\"datePicker\":{\"availableTimes\":[{\"dateTime\":\"soon\"}]}}",
            "{\"contentType\":\"DatePicker\",\"datePicker\":{\"availableTimes\":[{\"dateTime\":\"2026-07-01T09:00:00Z\",\"duration\":\"1800\"}]}}",
            "{\"contentType\":\"DatePicker\",\"datePicker\":{\"availableTimes\":[{\"dateTime\":\"2026-07-01T09:00:00Z\",\"duration\":1.5}]}}",
            "{\"contentType\":\"Notification\",\"template\":{\"header\":{\"text\":\"no body\"}}}",
            "{\"contentType\":\"Notification\",\"template\":{\"body\":{\"parameters\":[{\"name\":\"n\"}]}}}",
            "{\"contentType\":\"QuickReplyV2\",\"quickReplyV2\":{\"title\":\"x\"}}"})
    void readsAnItemItCannotTakeAsNullAndStillParsesTheWebhook(String entry) throws Exception {
        List<GenesysWebhook.Content> content = parse("[" + entry + "]");

        assertThat(content).singleElement().satisfies(c -> assertThat(c.item()).isNull());
    }

    @Test
    void leavesAttachmentsAsTheyWere() throws Exception {
        GenesysWebhook.Content content = parse("""
                [{"contentType":"Attachment","attachment":{"id":"a1","url":"https://x.mypurecloud.ie/d/1"}}]""").get(0);

        assertThat(content.item()).isNull();
        assertThat(content.attachment().id()).isEqualTo("a1");
    }

    private List<GenesysWebhook.Content> parse(String content) throws StrictWebhookJson.InvalidJson {
        String body = "{\"id\":\"m1\",\"type\":\"Structured\",\"direction\":\"Outbound\",\"content\":" + content + "}";
        return json.parse(body.getBytes(StandardCharsets.UTF_8)).content();
    }
}
