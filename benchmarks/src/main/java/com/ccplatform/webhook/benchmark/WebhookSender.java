package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.benchmark.LoadDriver.RejectedRequest;
import com.ccplatform.webhook.benchmark.SignedWebhook.Kind;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Sends signed webhooks to `POST /webhook` over one keep-alive connection and books every answer in the ledger. */
public final class WebhookSender implements Sender {

    private static final String JSON = "application/json";

    private final KeepAliveConnection connection;
    private final WebhookTraffic traffic;
    private final AcceptedLedger ledger;

    public WebhookSender(InetSocketAddress service, WebhookTraffic traffic, AcceptedLedger ledger) {
        this.connection = new KeepAliveConnection(service);
        this.traffic = traffic;
        this.ledger = ledger;
    }

    @Override
    public void sendOne() throws IOException, RejectedRequest {
        SignedWebhook webhook = traffic.next();
        HttpReply reply;
        try {
            reply = connection.post("/webhook", JSON,
                    new String[] {"X-Hub-Signature-256: " + webhook.signatureHeader()}, webhook.body());
        } catch (IOException e) {
            ledger.failed(webhook);
            throw e;
        }
        if (reply.status() != 200) {
            ledger.failed(webhook);
            boolean unsaid = reply.status() == 503 && !reply.retryAfter();
            throw new RejectedRequest("HTTP " + reply.status() + (unsaid ? " without Retry-After" : ""));
        }
        if (webhook.kind() == Kind.ECHO && !reply.bodyText().contains("\"echo_filtered\":true")) {
            throw new RejectedRequest("echo answered without echo_filtered");
        }
        ledger.accepted(webhook);
    }

    @Override
    public void close() {
        connection.close();
    }
}
