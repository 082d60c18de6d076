package com.ccplatform.violations.application.port.in;

/** An inbound use case that is a class, not an interface. */
public class DoThingUseCase {
    public void doIt() {
    }
}
