package com.ccplatform.violations.application.port.out;

/** An outbound "port" that is a class, not an interface. */
public class ConcretePort {
    public void publish() {
    }
}
