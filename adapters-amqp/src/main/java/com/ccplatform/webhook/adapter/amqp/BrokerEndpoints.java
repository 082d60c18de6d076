package com.ccplatform.webhook.adapter.amqp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the nodes of a RabbitMQ cluster from one comma-separated list: {@code host}, {@code host:port},
 * {@code [ipv6]:port}, {@code amqp://host:port} or {@code amqps://host:port}. A refusal says, in one line, which entry
 * is wrong and how, and never repeats user info an entry carried.
 */
public final class BrokerEndpoints {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");

    private BrokerEndpoints() {
    }

    /**
     * The nodes in {@code list}, in its order. An entry without a port gets {@code port} when given, else 5671 for TLS
     * and 5672 for plain AMQP. All entries speak TLS or none do: `amqps://` entries, or every entry when {@code tls}.
     *
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    public static List<BrokerEndpoint> parse(String list, OptionalInt port, boolean tls) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("no RabbitMQ address given");
        }
        List<Entry> entries = new ArrayList<>();
        String[] texts = list.split(",", -1);
        for (int i = 0; i < texts.length; i++) {
            entries.add(entry(texts[i].trim(), i + 1));
        }
        boolean anyTls = tls || entries.stream().anyMatch(e -> "amqps".equals(e.scheme()));
        List<BrokerEndpoint> endpoints = new ArrayList<>();
        for (Entry entry : entries) {
            if (anyTls && "amqp".equals(entry.scheme())) {
                throw new IllegalArgumentException("'" + entry.text() + "' asks for plain AMQP, but "
                        + (tls ? "TLS is on" : "other addresses are amqps://")
                        + ": every node is spoken to in TLS or none is");
            }
            int entryPort = entry.port() > 0 ? entry.port()
                    : port.orElse(anyTls ? BrokerEndpoint.AMQPS_PORT : BrokerEndpoint.AMQP_PORT);
            endpoints.add(new BrokerEndpoint(entry.host(), entryPort, anyTls));
        }
        return List.copyOf(endpoints);
    }

    private static Entry entry(String text, int position) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("address " + position + " is empty (two commas, or a comma at an end)");
        }
        String scheme = null;
        String rest = text;
        Matcher schemed = SCHEME.matcher(text);
        if (schemed.matches()) {
            scheme = schemed.group(1).toLowerCase(Locale.ROOT);
            rest = schemed.group(2);
            if (!scheme.equals("amqp") && !scheme.equals("amqps")) {
                throw new IllegalArgumentException("address " + position + " has scheme '" + scheme
                        + "://'; only amqp:// and amqps:// are understood");
            }
            rest = withoutPath(rest, position);
        }
        if (rest.contains("@")) {
            throw new IllegalArgumentException("address " + position + " carries user info; give credentials in"
                    + " RABBITMQ_USERNAME and RABBITMQ_PASSWORD");
        }
        return hostAndPort(text, rest, scheme, position);
    }

    private static String withoutPath(String rest, int position) {
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return rest;
        }
        if (slash != rest.length() - 1) {
            throw new IllegalArgumentException("address " + position + " names a virtual host or path; give the"
                    + " virtual host in RABBITMQ_VHOST");
        }
        return rest.substring(0, slash);
    }

    private static Entry hostAndPort(String text, String rest, String scheme, int position) {
        String host;
        String portText = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0 || !IPV6.matcher(rest.substring(1, close)).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a bracketed IPv6 address like [::1]:5672");
            }
            host = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("'" + text + "' has something other than :port after ]");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = rest.indexOf(':');
            if (colon >= 0 && rest.indexOf(':', colon + 1) >= 0) {
                throw new IllegalArgumentException("'" + text + "' looks like an IPv6 address: put it in brackets,"
                        + " like [::1]:5672");
            }
            host = colon < 0 ? rest : rest.substring(0, colon);
            portText = colon < 0 ? null : rest.substring(colon + 1);
            if (!HOST_NAME.matcher(host).matches()) {
                throw new IllegalArgumentException("'" + text + "' does not start with a host name or address");
            }
        }
        return new Entry(text, scheme, host, portText == null ? 0 : port(text, portText));
    }

    private static int port(String text, String portText) {
        if (!portText.matches("[0-9]{1,5}") || Integer.parseInt(portText) < 1 || Integer.parseInt(portText) > 65535) {
            throw new IllegalArgumentException("'" + text + "' has port '" + portText + "'; a port is a number from 1"
                    + " to 65535");
        }
        return Integer.parseInt(portText);
    }

    /** One entry as written; {@code port} 0 when it named none. */
    private record Entry(String text, String scheme, String host, int port) {
    }
}
