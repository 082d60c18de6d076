package com.ccplatform.violations.adapter.amqp;

import com.ccplatform.violations.adapter.embedded.StandIn;
import com.ccplatform.violations.adapter.http.HttpThing;

/** An adapter that calls another adapter, and a production adapter that reaches a stand-in. */
public class AmqpThing {
    public HttpThing other;
    public StandIn standIn;
}
