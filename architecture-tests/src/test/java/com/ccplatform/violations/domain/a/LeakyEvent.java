package com.ccplatform.violations.domain.a;

import com.ccplatform.violations.application.service.ConcreteService;
import com.ccplatform.violations.domain.b.Other;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;

/** A domain class that imports a framework, does I/O, reaches up into the application and sits in a cycle. */
public class LeakyEvent {
    public ObjectMapper mapper = new ObjectMapper();
    public URI where = URI.create("http://example.invalid");
    public ConcreteService service;
    public Other other;
}
