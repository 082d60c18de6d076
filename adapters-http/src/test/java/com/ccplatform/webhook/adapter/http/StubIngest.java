package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.application.port.in.IngestWebhookUseCase;
import com.ccplatform.webhook.application.port.in.Trace;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The use case replaced by a stand-in: answers what the test chose and remembers every command it was given. */
final class StubIngest implements IngestWebhookUseCase {

    private final List<IngestWebhookCommand> commands = new CopyOnWriteArrayList<>();
    private volatile Function<IngestWebhookCommand, IngestOutcome> behaviour = c -> accepted();

    static IngestOutcome accepted() {
        return new IngestOutcome.Accepted(Trace.empty(), false);
    }

    void answer(IngestOutcome outcome) {
        behaviour = c -> outcome;
    }

    void answerWith(Function<IngestWebhookCommand, IngestOutcome> function) {
        behaviour = function;
    }

    void reset() {
        behaviour = c -> accepted();
        commands.clear();
    }

    List<IngestWebhookCommand> commands() {
        return List.copyOf(commands);
    }

    IngestWebhookCommand lastCommand() {
        return commands.get(commands.size() - 1);
    }

    @Override
    public IngestOutcome ingest(IngestWebhookCommand command) {
        commands.add(command);
        return behaviour.apply(command);
    }
}
