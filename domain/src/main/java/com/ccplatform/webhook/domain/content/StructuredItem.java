package com.ccplatform.webhook.domain.content;

/** One rich item of a `Structured` message that the service carries downstream, validated on construction. */
public sealed interface StructuredItem permits QuickReply, Carousel, DatePicker, NotificationTemplate {
}
