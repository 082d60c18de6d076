package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The webhook JSON as this adapter reads it, in both the FRD's shapes and the real Genesys ones (typing and presence
 * nested under `events[]`, structured items under `content[]`). Unknown fields are ignored; {@link #toDomain()} hands
 * the use case a {@link GenesysWebhook}.
 */
record WebhookDto(String id, ChannelDto channel, String type, String text, String direction, String status,
                  List<EventDto> events, List<ContentDto> content, String conversationId, Boolean isFinalReceipt,
                  List<ReasonDto> reasons, String originatingEntity) {

    record ChannelDto(String id, ParticipantDto from, ParticipantDto to, String time, String messageId) {
        GenesysWebhook.Channel toDomain() {
            return new GenesysWebhook.Channel(id, from == null ? null : from.toDomain(),
                    to == null ? null : to.toDomain(), time, messageId);
        }
    }

    record ParticipantDto(String id, String idType, String nickname) {
        GenesysWebhook.Participant toDomain() {
            return new GenesysWebhook.Participant(id, idType, nickname);
        }
    }

    record EventDto(String eventType, TypingDto typing, PresenceDto presence) {
        GenesysWebhook.ChannelEvent toDomain() {
            return new GenesysWebhook.ChannelEvent(eventType, typing == null ? null : typing.type(),
                    typing == null ? null : typing.duration(), presence == null ? null : presence.type());
        }
    }

    record TypingDto(String type, Long duration) {
    }

    record PresenceDto(String type) {
    }

    /** A `content[]` entry: an attachment, or a structured item kept as JSON until {@link StructuredItemReader}. */
    record ContentDto(String contentType, AttachmentDto attachment, JsonNode quickReply, JsonNode card,
                      JsonNode carousel, JsonNode datePicker, JsonNode template) {
        GenesysWebhook.Content toDomain() {
            return new GenesysWebhook.Content(contentType, attachment == null ? null : attachment.toDomain(),
                    StructuredItemReader.read(this));
        }
    }

    /** The attachment as sent; its `url` is authenticated, so {@link #toString()} leaves it out. */
    record AttachmentDto(String id, String mediaType, String url, String mime, String filename, String sha256,
                         Long contentSizeBytes) {
        GenesysWebhook.WireAttachment toDomain() {
            return new GenesysWebhook.WireAttachment(id, mediaType, url, mime, filename, sha256, contentSizeBytes);
        }

        @Override
        public String toString() {
            return "AttachmentDto[id=" + id + ", mime=" + mime + ", url=redacted]";
        }
    }

    record ReasonDto(String code, String message) {
        GenesysWebhook.Reason toDomain() {
            return new GenesysWebhook.Reason(code, message);
        }
    }

    GenesysWebhook toDomain() {
        return new GenesysWebhook(id, channel == null ? null : channel.toDomain(), type, text, direction, status,
                mapped(events, EventDto::toDomain), mapped(content, ContentDto::toDomain), conversationId,
                isFinalReceipt, mapped(reasons, ReasonDto::toDomain), originatingEntity);
    }

    // `[null]` is valid JSON, but the domain's lists hold no nulls: a null entry says nothing, so it is dropped.
    private static <D, T> List<T> mapped(List<D> items, Function<D, T> toDomain) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).map(toDomain).toList();
    }
}
