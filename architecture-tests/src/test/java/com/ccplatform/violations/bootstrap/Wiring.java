package com.ccplatform.violations.bootstrap;

import com.ccplatform.violations.adapter.amqp.AmqpThing;

/** Bootstrap, the only place allowed to know adapters. */
public class Wiring {
    public AmqpThing amqp;
}
