package com.ccplatform.violations.adapter.amqp;

import com.ccplatform.violations.adapter.http.HttpThing;

/** An adapter that calls another adapter. */
public class AmqpThing {
    public HttpThing other;
}
