package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Declares the exchange and the two durable queues, idempotently, or only checks they exist when told not to declare. */
final class Topology {

    private static final Logger LOG = LoggerFactory.getLogger(Topology.class);
    private static final int PRECONDITION_FAILED = 406;
    // Qpid refuses a redeclare with another exchange type by closing the connection with NOT_ALLOWED
    private static final int NOT_ALLOWED = 530;
    private static final int NOT_FOUND = 404;

    private Topology() {
    }

    static void prepare(Connection connection, AmqpSettings settings) throws IOException, TimeoutException {
        if (settings.declareTopology()) {
            declare(connection, settings);
        } else {
            for (String queue : List.of(settings.outboundQueue(), settings.statusQueue())) {
                checkExists(connection, queue);
            }
        }
    }

    private static void declare(Connection connection, AmqpSettings settings) throws IOException, TimeoutException {
        Channel channel = connection.createChannel();
        String declaring = "exchange '" + settings.exchange() + "'";
        try {
            if (!settings.exchange().isEmpty()) {
                channel.exchangeDeclare(settings.exchange(), BuiltinExchangeType.DIRECT, true);
            }
            for (String queue : List.of(settings.outboundQueue(), settings.statusQueue())) {
                declaring = "queue '" + queue + "'";
                channel.queueDeclare(queue, true, false, false, queueArguments(settings));
                if (!settings.exchange().isEmpty()) {
                    channel.queueBind(queue, settings.exchange(), queue);
                }
            }
            channel.close();
        } catch (IOException e) {
            if (replyCode(e) == PRECONDITION_FAILED || replyCode(e) == NOT_ALLOWED) {
                throw new AmqpTopologyException("RabbitMQ " + declaring + " already exists with other arguments than"
                        + " this service declares (durable, " + settings.queueType().wireName() + "): " + reason(e)
                        + ". Match RABBITMQ_QUEUE_TYPE to it, or set RABBITMQ_DECLARE=false to use the existing"
                        + " queues without declaring them.", e);
            }
            throw e;
        }
    }

    private static Map<String, Object> queueArguments(AmqpSettings settings) {
        // classic is declared without x-queue-type so queues created by older code without it stay equivalent
        return settings.queueType() == AmqpSettings.QueueType.QUORUM ? Map.of("x-queue-type", "quorum") : Map.of();
    }

    private static void checkExists(Connection connection, String queue) throws IOException, TimeoutException {
        Channel channel = connection.createChannel();
        try {
            channel.queueDeclarePassive(queue);
            channel.close();
        } catch (IOException e) {
            if (replyCode(e) != NOT_FOUND) {
                throw e;
            }
            LOG.warn("RabbitMQ queue '{}' does not exist and RABBITMQ_DECLARE=false: publishes to it fail as"
                    + " unroutable until it is created", queue);
        }
    }

    private static int replyCode(IOException e) {
        if (e.getCause() instanceof ShutdownSignalException signal) {
            if (signal.getReason() instanceof AMQP.Channel.Close close) {
                return close.getReplyCode();
            }
            if (signal.getReason() instanceof AMQP.Connection.Close close) {
                return close.getReplyCode();
            }
        }
        return -1;
    }

    private static String reason(IOException e) {
        Object reason = ((ShutdownSignalException) e.getCause()).getReason();
        return reason instanceof AMQP.Channel.Close close ? close.getReplyText()
                : ((AMQP.Connection.Close) reason).getReplyText();
    }
}
