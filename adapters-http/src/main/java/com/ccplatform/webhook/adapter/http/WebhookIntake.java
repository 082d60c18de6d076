package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.Deadline;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The door in front of `POST /webhook`, ahead of Javalin: admits a webhook only while fewer than the cap are in
 * flight and it has not already waited past its share of the deadline in the server's queue, refuses a content type
 * other than JSON, and reads the body as it arrives under the process-wide {@link BodyBudget}, so a client that
 * declares a large body and sends nothing holds neither a thread nor memory. Only a whole body is handed on, with its
 * deadline, which starts when the request's headers arrived.
 */
final class WebhookIntake extends Handler.Wrapper {

    static final String BODY = WebhookIntake.class.getName() + ".body";
    static final String DEADLINE = WebhookIntake.class.getName() + ".deadline";
    static final String ARRIVED_NANOS = WebhookIntake.class.getName() + ".arrived";

    private final HttpSettings settings;
    private final BodyBudget budget;
    private final Shedding shedding;
    private final WebhookRecorder recorder;
    private final AtomicInteger inFlight = new AtomicInteger();

    WebhookIntake(HttpSettings settings, BodyBudget budget, Shedding shedding, WebhookRecorder recorder) {
        this.settings = settings;
        this.budget = budget;
        this.shedding = shedding;
        this.recorder = recorder;
    }

    int inFlight() {
        return inFlight.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.POST.is(request.getMethod()) || !"/webhook".equals(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        long arrived = request.getHeadersNanoTime();
        Deadline deadline = Deadline.startedAt(arrived, settings.requestDeadline());
        if (inFlight.incrementAndGet() > settings.intake().maxInFlight()) {
            inFlight.decrementAndGet();
            refuse(response, callback, arrived, shedding.shed(Shedding.Reason.IN_FLIGHT_LIMIT));
            return true;
        }
        Exchange exchange = new Exchange(request, response, callback, arrived);
        if (waitedTooLong(arrived, System.nanoTime(), settings.requestDeadline())) {
            exchange.refused(shedding.shed(Shedding.Reason.QUEUE_WAIT));
        } else if (!isJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE))) {
            exchange.refused(WebhookReply.UNSUPPORTED_MEDIA_TYPE);
        } else {
            request.setAttribute(DEADLINE, deadline);
            exchange.reader.start(deadline.remaining());
        }
        return true;
    }

    /**
     * A webhook that waited a quarter of its deadline in the server's queue before it could start is already late,
     * and the server is overloaded: answering 503 now sheds the load, instead of working on answers that come too late.
     */
    static boolean waitedTooLong(long arrivedNanos, long nowNanos, Duration deadline) {
        return nowNanos - arrivedNanos > deadline.toNanos() / 4;
    }

    /** `application/json`, any case, parameters such as `charset` allowed. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String bare = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
        return bare.trim().equalsIgnoreCase("application/json");
    }

    private void refuse(Response response, Callback callback, long arrived, WebhookReply reply) {
        write(response, reply, callback);
        recorder.recordAtDoor(reply, Duration.ofNanos(System.nanoTime() - arrived));
    }

    private static void write(Response response, WebhookReply reply, Callback callback) {
        response.setStatus(reply.httpStatus());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonResponses.CONTENT_TYPE);
        if (reply.retryAfterSeconds() > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(reply.retryAfterSeconds()));
        }
        if (reply.closesConnection()) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(JsonResponses.bytes(reply.body())), callback);
    }

    /** One admitted webhook: its reader, and the one completion that gives back its place and its budget. */
    private final class Exchange implements BodyReader.Ending, Callback {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long arrived;
        private final BodyReader reader;

        Exchange(Request request, Response response, Callback callback, long arrived) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.arrived = arrived;
            this.reader = new BodyReader(request, budget, settings.maxRequestBytes(), this);
        }

        @Override
        public void body(byte[] body, boolean inCallback) {
            request.setAttribute(BODY, body);
            request.setAttribute(ARRIVED_NANOS, arrived);
            if (inCallback) {
                request.getContext().execute(this::handOn);
            } else {
                handOn();
            }
        }

        private void handOn() {
            try {
                if (!WebhookIntake.super.handle(request, response, this)) {
                    refused(WebhookReply.PROCESSING_FAILED);
                }
            } catch (Exception | Error e) {
                Response.writeError(request, response, this, e);
            }
        }

        @Override
        public void refused(WebhookReply reply) {
            if (reply == WebhookReply.BODY_BUDGET_SPENT) {
                shedding.shed(Shedding.Reason.BODY_BUDGET);
            }
            WebhookIntake.this.refuse(response, this, arrived, reply);
        }

        @Override
        public void succeeded() {
            try {
                callback.succeeded();
            } finally {
                done();
            }
        }

        @Override
        public void failed(Throwable failure) {
            try {
                callback.failed(failure);
            } finally {
                done();
            }
        }

        @Override
        public InvocationType getInvocationType() {
            return callback.getInvocationType();
        }

        private void done() {
            budget.release(reader.reservedBytes());
            inFlight.decrementAndGet();
        }
    }
}
